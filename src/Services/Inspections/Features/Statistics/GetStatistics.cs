using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.Inspections.Features.Workplaces;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Statistics;

/// <summary>
/// Figures of one region for a year of its calendar (year=1402 in Ilam, year=2025 in Almaty; default the current one) or
/// a from/to period: inspections, violations by category and severity, recommendations, supplies, ambassador coverage,
/// and accident files by sector and severity with the change against the same period one year earlier in the region's
/// calendar. Labels are in the caller's language (Accept-Language).
/// </summary>
public static class GetStatistics
{
    public sealed record InspectionFigures(int Scheduled, int InProgress, int Completed, int Cancelled, int FollowUps, int OverdueFollowUps, decimal? AverageComplianceScore);
    public sealed record ViolationFigure(ViolationCategory Category, Severity Severity, int Count);
    public sealed record KindCount<T>(T Kind, int Count);
    public sealed record SupplyFigure(SupplyItem Item, int Quantity);
    public sealed record AccidentFigure(Sector Sector, AccidentSeverity Severity, int Count, int PreviousYear, decimal? ChangePercent);
    public sealed record SectorChange(Sector Sector, int Count, int PreviousYear, decimal? ChangePercent);

    public sealed record StatisticsResponse(
        string Region, DateOnly From, DateOnly To, PeriodLabel Period, PeriodLabel PreviousPeriod,
        InspectionFigures Inspections, int ViolationCount, IReadOnlyList<ViolationFigure> Violations,
        IReadOnlyList<KindCount<RecommendationKind>> Recommendations, IReadOnlyList<SupplyFigure> Supplies,
        GetAmbassadorCoverage.RegionCoverage AmbassadorCoverage,
        int AccidentFiles, int AccidentFilesPreviousYear, decimal? AccidentChangePercent,
        IReadOnlyList<SectorChange> AccidentsBySector, IReadOnlyList<AccidentFigure> Accidents,
        int Campaigns, int CampaignParticipants);

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, RequestLanguage Language, InspectionsDbContext Db, RegionCatalog Regions,
        TimeProvider Clock, CancellationToken CancellationToken);

    public static void MapGetStatistics(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetStatistics))
            .WithSummary("Statistics of a region for a period");

    internal static async Task<Ok<StatisticsResponse>> Handle(
        [AsParameters] Services services, string? region = null, int? year = null, DateOnly? from = null,
        DateOnly? to = null)
    {
        var (caller, language, db, regions, clock, cancellationToken) = services;
        var scope = ReportRegion.Of(caller, region, regions);
        var today = clock.Today();
        var period = scope.RequestedPeriod(year, from, to, today);
        var previous = scope.PreviousYear(period);
        var code = scope.Code;

        var inspections = db.Inspections.AsNoTracking().Where(i => i.Region == code && i.ScheduledOn >= period.From && i.ScheduledOn <= period.To);
        var byStatus = await inspections.GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var followUps = await inspections.CountAsync(i => i.FollowUpOf != null, cancellationToken);
        var overdue = await inspections.CountAsync(i => i.FollowUpDueOn < today && (i.Status == InspectionStatus.Scheduled || i.Status == InspectionStatus.InProgress), cancellationToken);
        var average = await inspections.Where(i => i.ComplianceScore != null).AverageAsync(i => i.ComplianceScore, cancellationToken);

        var inRegion = db.Inspections.Where(i => i.Region == code).Select(i => i.Id);
        var violations = await db.Violations.AsNoTracking()
            .Where(v => inRegion.Contains(v.InspectionId) && v.RecordedAt >= period.Start && v.RecordedAt < period.EndExclusive)
            .GroupBy(v => new { v.Category, v.Severity }).Select(g => new ViolationFigure(g.Key.Category, g.Key.Severity, g.Count()))
            .ToListAsync(cancellationToken);
        var recommendations = await db.Recommendations.AsNoTracking()
            .Where(r => inRegion.Contains(r.InspectionId) && r.RecordedAt >= period.Start && r.RecordedAt < period.EndExclusive)
            .GroupBy(r => r.Kind).Select(g => new KindCount<RecommendationKind>(g.Key, g.Count())).ToListAsync(cancellationToken);
        var inPeriod = inspections.Select(i => i.Id);
        var supplies = await db.SupplyHandouts.AsNoTracking().Where(s => inPeriod.Contains(s.InspectionId))
            .GroupBy(s => s.Item).Select(g => new SupplyFigure(g.Key, g.Sum(s => s.Quantity))).ToListAsync(cancellationToken);
        var coverage = (await WorkplacesQueries.CoverageAsync(db, code, today, cancellationToken)).Single();

        var current = await AccidentCountsAsync(db, code, period, cancellationToken);
        var before = await AccidentCountsAsync(db, code, previous, cancellationToken);
        var accidentFigures = current.Keys.Union(before.Keys).OrderBy(k => k.Sector).ThenBy(k => k.Severity)
            .Select(k => new AccidentFigure(k.Sector, k.Severity, current.GetValueOrDefault(k), before.GetValueOrDefault(k),
                ReportingPeriod.Change(current.GetValueOrDefault(k), before.GetValueOrDefault(k))))
            .ToList();
        var bySector = accidentFigures.GroupBy(a => a.Sector).Select(g =>
        {
            int now = g.Sum(a => a.Count), then = g.Sum(a => a.PreviousYear);
            return new SectorChange(g.Key, now, then, ReportingPeriod.Change(now, then));
        }).ToList();
        int accidentsNow = current.Values.Sum(), accidentsBefore = before.Values.Sum();

        var campaigns = db.HealthCampaigns.AsNoTracking().Where(c => c.Region == code && c.StartsOn <= period.To && c.EndsOn >= period.From);
        var campaignCount = await campaigns.CountAsync(cancellationToken);
        var participants = await db.CampaignParticipations.AsNoTracking()
            .Where(p => campaigns.Select(c => c.Id).Contains(p.CampaignId)).SumAsync(p => p.Participants, cancellationToken);

        return TypedResults.Ok(new StatisticsResponse(
            code, period.From, period.To, scope.Label(period, language.Code), scope.Label(previous, language.Code),
            new InspectionFigures(byStatus.GetValueOrDefault(InspectionStatus.Scheduled), byStatus.GetValueOrDefault(InspectionStatus.InProgress),
                byStatus.GetValueOrDefault(InspectionStatus.Completed), byStatus.GetValueOrDefault(InspectionStatus.Cancelled), followUps, overdue,
                average is null ? null : Math.Round(average.Value, 1)),
            violations.Sum(v => v.Count), violations.OrderBy(v => v.Category).ThenBy(v => v.Severity).ToList(),
            recommendations.OrderBy(r => r.Kind).ToList(), supplies.OrderBy(s => s.Item).ToList(), coverage,
            accidentsNow, accidentsBefore, ReportingPeriod.Change(accidentsNow, accidentsBefore), bySector, accidentFigures,
            campaignCount, participants));
    }

    private static async Task<Dictionary<(Sector Sector, AccidentSeverity Severity), int>> AccidentCountsAsync(
        InspectionsDbContext db, string region, ReportingPeriod period, CancellationToken ct) =>
        (await db.AccidentCases.AsNoTracking()
            .Where(a => a.Region == region && a.OccurredAt >= period.Start && a.OccurredAt < period.EndExclusive)
            .GroupBy(a => new { a.Sector, a.Severity }).Select(g => new { g.Key.Sector, g.Key.Severity, Count = g.Count() })
            .ToListAsync(ct))
        .ToDictionary(g => (g.Sector, g.Severity), g => g.Count);
}
