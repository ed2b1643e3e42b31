using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Mediation.Features.Mediators;

/// <summary>
/// The region's roster by name, filtered by specialty, language and availability (active and below the caseload limit),
/// so a supervisor sees at once whom a case can go to.
/// </summary>
public static class ListMediators
{
    public static void MapListMediators(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.ReadMediators)
            .WithName(nameof(ListMediators))
            .WithSummary("List mediators");

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(CallerContext Caller, MediationDbContext Db, CancellationToken CancellationToken);

    internal static async Task<Ok<PagedList<MediatorResponse>>> Handle(
        [AsParameters] Services services, string? region = null, string? specialty = null, string? language = null, bool? available = null,
        int? page = null, int? pageSize = null)
    {
        var (caller, db, cancellationToken) = services;
        var errors = new FieldErrors();
        var specialtyFilter = KebabCase.Parse<Specialty>(specialty, "specialty", errors);
        errors.ThrowIfAny();
        var paging = PageRequest.From(page, pageSize);

        var scope = caller.ListRegion(region);
        var rows = db.Mediators.AsNoTracking()
            .Where(m => m.Region == scope || (scope == null && caller.IsAdmin))
            .Select(m => new
            {
                Mediator = m,
                Open = db.Cases.Count(c => c.MediatorId == m.Id && (c.Status == CaseStatus.Assigned || c.Status == CaseStatus.InSession)),
            });
        if (specialtyFilter is { } s) rows = rows.Where(r => r.Mediator.Specialties.Contains(s));
        if (!string.IsNullOrWhiteSpace(language))
        {
            var code = language.Trim().ToLowerInvariant();
            rows = rows.Where(r => r.Mediator.Languages.Contains(code));
        }
        if (available == true) rows = rows.Where(r => r.Mediator.Active && r.Open < r.Mediator.CaseloadLimit);
        if (available == false) rows = rows.Where(r => !r.Mediator.Active || r.Open >= r.Mediator.CaseloadLimit);

        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderBy(r => r.Mediator.FullName).ThenBy(r => r.Mediator.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<MediatorResponse>(
            items.Select(r => MediatorResponse.From(r.Mediator, r.Open)).ToList(), paging.Page, paging.PageSize, total));
    }
}
