using LabourWelfare.Persistence.Auditing;
using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Mediation.Features.Cases;

/// <summary>
/// Lists the cases the caller may see (a supervisor: the region's; a mediator: their own; a citizen: those they are a
/// party to), newest first, filtered, a page at a time.
/// </summary>
public static class ListCases
{
    public static void MapListCases(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.ReadCases)
            .WithName(nameof(ListCases))
            .WithSummary("List cases");

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(CallerContext Caller, MediationDbContext Db, CancellationToken CancellationToken);

    /// <param name="origin">inspection-referral (opened by an inspection's event) or intake (everything else).</param>
    internal static async Task<Ok<PagedList<CaseResponse>>> Handle(
        [AsParameters] Services services, string? status = null, string? category = null, string? channel = null, string? origin = null, Guid? workplaceId = null,
        Guid? mediatorId = null, string? number = null, int? year = null, int? page = null, int? pageSize = null)
    {
        var (caller, db, cancellationToken) = services;
        var errors = new FieldErrors();
        var statusFilter = KebabCase.Parse<CaseStatus>(status, "status", errors);
        var categoryFilter = KebabCase.Parse<CaseCategory>(category, "category", errors);
        var channelFilter = KebabCase.Parse<CaseChannel>(channel, "channel", errors);
        errors.When(origin is not null && origin is not ("inspection-referral" or "intake"), "origin", "must be one of: inspection-referral, intake.");
        var numberFilter = CaseNumber.Normalize(number);
        errors.When(number is not null && numberFilter is null, "number", "is not a case number (REGION-YEAR-SEQUENCE).");
        errors.ThrowIfAny();
        var paging = PageRequest.From(page, pageSize);

        var reader = await CaseAccess.ReaderAsync(caller, db, cancellationToken);
        var query = CaseAccess.Visible(db, reader);
        if (statusFilter is { } s) query = query.Where(c => c.Status == s);
        if (categoryFilter is { } k) query = query.Where(c => c.Category == k);
        if (channelFilter is { } ch) query = query.Where(c => c.Channel == ch);
        if (origin == "inspection-referral") query = query.Where(c => c.Channel == CaseChannel.InspectionReferral);
        if (origin == "intake") query = query.Where(c => c.Channel != CaseChannel.InspectionReferral);
        if (workplaceId is not null) query = query.Where(c => c.WorkplaceId == workplaceId);
        if (mediatorId is not null) query = query.Where(c => c.MediatorId == mediatorId);
        if (numberFilter is not null) query = query.Where(c => c.Number == numberFilter);
        if (year is not null) query = query.Where(c => c.Year == year);

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Skip(paging.Skip).Take(paging.PageSize).AsSplitQuery().ToListAsync(cancellationToken);
        await db.AuditReadAsync<Domain.MediationCase>(items.Select(c => c.Id), cancellationToken);
        return TypedResults.Ok(new PagedList<CaseResponse>(
            items.Select(c => CaseResponse.From(c, reader)).ToList(), paging.Page, paging.PageSize, total));
    }
}
