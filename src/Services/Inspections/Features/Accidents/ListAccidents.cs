using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Accidents;

/// <summary>
/// Lists case files, latest first: officers see their region's; a citizen sees only the files where they are among the
/// injured, in any region.
/// </summary>
public static class ListAccidents
{
    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, InspectionsDbContext Db, CancellationToken CancellationToken);

    public static void MapListAccidents(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.ReadAccidents)
            .WithName(nameof(ListAccidents))
            .WithSummary("List accident case files (filters: workplaceId, status, severity, sector, from, to)");

    internal static async Task<Ok<PagedList<AccidentSummary>>> Handle(
        [AsParameters] Services services, string? region = null, Guid? workplaceId = null, string? status = null,
        string? severity = null, string? sector = null, DateOnly? from = null, DateOnly? to = null, int? page = null,
        int? pageSize = null)
    {
        var (caller, db, cancellationToken) = services;
        var paging = PageRequest.From(page, pageSize);
        var filterErrors = new FieldErrors();
        var statusFilter = KebabCase.Parse<AccidentStatus>(status, "status", filterErrors);
        var severityFilter = KebabCase.Parse<AccidentSeverity>(severity, "severity", filterErrors);
        var sectorFilter = KebabCase.Parse<Sector>(sector, "sector", filterErrors);
        filterErrors.ThrowIfAny();
        new FieldErrors().When(from > to, "to", "must be on or after from.").ThrowIfAny();
        var query = db.AccidentCases.AsNoTracking();
        if (caller.IsAdmin || caller.HasRole(Roles.Inspector, Roles.Supervisor))
        {
            var scope = caller.ListRegion(region);
            query = query.Where(a => a.Region == scope || (scope == null && caller.IsAdmin));
        }
        else
        {
            // A citizen without a national id claim owns nothing.
            if (caller.NationalId is null) return TypedResults.Ok(new PagedList<AccidentSummary>([], paging.Page, paging.PageSize, 0));
            var own = caller.NationalId;
            query = query.Where(a => a.InjuredNationalIds.Contains(own));
        }
        if (workplaceId is not null) query = query.Where(a => a.WorkplaceId == workplaceId);
        if (statusFilter is not null) query = query.Where(a => a.Status == statusFilter);
        if (severityFilter is not null) query = query.Where(a => a.Severity == severityFilter);
        if (sectorFilter is not null) query = query.Where(a => a.Sector == sectorFilter);
        if (from is not null)
        {
            var start = new DateTimeOffset(from.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.OccurredAt >= start);
        }
        if (to is not null)
        {
            var end = new DateTimeOffset(to.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.OccurredAt < end);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(a => a.OccurredAt).ThenBy(a => a.Id).Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<AccidentSummary>(items.Select(a => new AccidentSummary(
            a.Id, a.WorkplaceId, a.Sector, a.Kind, a.OccurredAt, a.Severity, a.Injured.Count, a.Status)).ToList(),
            paging.Page, paging.PageSize, total));
    }
}
