using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Planning;

/// <summary>
/// The inspection plan for a period: the region's active workplaces, riskiest first (score, then name, then id), with
/// what the score is made of, when each was last inspected and whether a visit is already scheduled in the period.
/// </summary>
public static class GetInspectionPlan
{
    public sealed record PlanEntry(
        int Rank, Guid WorkplaceId, string Name, string? County, Sector Sector, int WorkforceSize, string EmployerName,
        int RiskScore, IReadOnlyList<RiskFactor> Factors, int UnresolvedLabourDisputes, DateOnly? LastInspectedOn,
        DateOnly? ScheduledOn);

    public sealed record PlanResponse(string Region, DateOnly From, DateOnly To, PeriodLabel Period, PagedList<PlanEntry> Entries);

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, RequestLanguage Language, InspectionsDbContext Db, RegionCatalog Regions,
        TimeProvider Clock, CancellationToken CancellationToken);

    public static void MapGetInspectionPlan(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetInspectionPlan))
            .WithSummary("Risk-based inspection plan for a period, riskiest first");

    internal static async Task<Ok<PlanResponse>> Handle(
        [AsParameters] Services services, string? region = null, DateOnly? from = null, DateOnly? to = null,
        string? sector = null, bool? unscheduledOnly = null, int? page = null, int? pageSize = null)
    {
        var (caller, language, db, regions, clock, cancellationToken) = services;
        var paging = PageRequest.From(page, pageSize);
        var filterErrors = new FieldErrors();
        var sectorFilter = KebabCase.Parse<Sector>(sector, "sector", filterErrors);
        filterErrors.ThrowIfAny();
        var scope = ReportRegion.Of(caller, region, regions);
        var start = from ?? clock.Today();
        var end = to ?? start.AddMonths(3).AddDays(-1);
        new FieldErrors().When(end < start, "to", "must be on or after from.").ThrowIfAny();

        var risks = await RiskAssessor.AssessAsync(db, scope.Code, clock.GetUtcNow(), cancellationToken);
        var scheduled = await db.Inspections.AsNoTracking()
            .Where(i => i.Region == scope.Code && i.ScheduledOn >= start && i.ScheduledOn <= end
                && (i.Status == InspectionStatus.Scheduled || i.Status == InspectionStatus.InProgress))
            .GroupBy(i => i.WorkplaceId).Select(g => new { WorkplaceId = g.Key, On = g.Min(i => i.ScheduledOn) })
            .ToDictionaryAsync(s => s.WorkplaceId, s => s.On, cancellationToken);

        var ranked = risks
            .Where(r => sectorFilter is null || r.Workplace.Sector == sectorFilter)
            .OrderByDescending(r => r.Assessment.Score).ThenBy(r => r.Workplace.Name, StringComparer.Ordinal).ThenBy(r => r.Workplace.Id)
            .Select((r, index) => new PlanEntry(index + 1, r.Workplace.Id, r.Workplace.Name, r.Workplace.County, r.Workplace.Sector,
                r.Workplace.WorkforceSize, r.Workplace.EmployerName, r.Assessment.Score, r.Assessment.Factors, r.UnresolvedLabourDisputes,
                r.LastInspectedOn, scheduled.TryGetValue(r.Workplace.Id, out var on) ? on : null))
            .Where(e => unscheduledOnly != true || e.ScheduledOn is null)
            .ToList();
        var pageOfEntries = new PagedList<PlanEntry>(ranked.Skip(paging.Skip).Take(paging.PageSize).ToList(), paging.Page, paging.PageSize, ranked.Count);
        return TypedResults.Ok(new PlanResponse(scope.Code, start, end, scope.Label(new ReportingPeriod(start, end), language.Code), pageOfEntries));
    }
}
