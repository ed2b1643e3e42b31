using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Data.Configurations;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.Targets;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.Statistics;

/// <summary>
/// A region's figures for one year of its calendar (Solar Hijri in Persian regions, labelled so): cooperatives by
/// status and sector, members, jobs and revenue from the year's returns, and MW operational against the regional
/// target when one is known (with its source); without one, progress is null and <c>hasTarget</c> false. Every figure is aggregated in SQL on indexed columns, so it stays fast with thousands of cooperatives.
/// </summary>
public static class GetRegionStatistics
{
    public sealed record Response(
        string Region, int Year, DateOnly From, DateOnly To, PeriodLabel Label,
        CooperativeFigures Cooperatives, MemberFigures Members, ReturnFigures AnnualReturns, EnergyFigures Energy);

    /// <param name="ByStatus">Current status of every cooperative of the region.</param>
    /// <param name="BySector">Cooperatives not dissolved, per sector.</param>
    public sealed record CooperativeFigures(
        int Total, IReadOnlyList<StatusCount> ByStatus, IReadOnlyList<SectorCount> BySector,
        int RegisteredInPeriod, int DissolvedInPeriod, int FlaggedBelowMinimum);

    public sealed record StatusCount(CooperativeStatus Status, int Count);

    public sealed record SectorCount(CooperativeSector Sector, int Count);

    /// <param name="Active">Current members of cooperatives that are not dissolved.</param>
    public sealed record MemberFigures(int Active, int JoinedInPeriod, int LeftInPeriod);

    /// <param name="Revenue">One sum per currency: sums never mix currencies.</param>
    public sealed record ReturnFigures(int Filed, int JobsProvided, IReadOnlyList<Money> Revenue);

    /// <param name="HasTarget">Whether the region has a known target; without one there is no progress to show.</param>
    /// <param name="TargetMw">The target's MW, null when the region has none (never an invented figure).</param>
    /// <param name="Target">The target with its source and year, null when the region has none.</param>
    /// <param name="ProgressPercent">Operational MW as a share of the target; null without a target.</param>
    public sealed record EnergyFigures(
        bool HasTarget, decimal? TargetMw, RenewableTargetResponse? Target,
        decimal OperationalMw, decimal InstallingMw, decimal PlannedMw, decimal? ProgressPercent,
        decimal CommissionedInPeriodMw, int OperationalProjects);

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, RequestLanguage Language, CooperativesDbContext Db, RegionCatalog Regions,
        TimeProvider Clock, CancellationToken CancellationToken);

    public static void MapGetRegionStatistics(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.Officers)
            .WithName(nameof(GetRegionStatistics))
            .WithSummary("A region's cooperative statistics for a year");

    internal static async Task<Ok<Response>> Handle(
        [AsParameters] Services services, string? region = null, int? year = null)
    {
        var (caller, language, db, regions, clock, cancellationToken) = services;
        new FieldErrors()
            .When(region is not null && !regions.Exists(region), "region", "is not a known region.")
            .When(region is null && caller.Region is null, "region", "is required.")
            .ThrowIfAny();
        var scope = regions.Get(caller.RequireRegionFor(region));
        var today = clock.Today();
        var period = scope.RequestedPeriod(year, null, null, today);
        var reportYear = year ?? scope.YearOf(today);
        var (from, to) = (period.From, period.To);
        var code = scope.Code;

        var cooperatives = db.Cooperatives.AsNoTracking().Where(c => c.Region == code);
        var groups = await cooperatives.GroupBy(c => new { c.Status, c.Sector })
            .Select(g => new { g.Key.Status, g.Key.Sector, Count = g.Count() }).ToListAsync(cancellationToken);
        var registered = await cooperatives.CountAsync(c => c.RegisteredOn >= from && c.RegisteredOn <= to, cancellationToken);
        var dissolved = await cooperatives.CountAsync(c => c.DissolvedOn >= from && c.DissolvedOn <= to, cancellationToken);
        var flagged = await cooperatives.CountAsync(c => c.BelowMinimumSince != null, cancellationToken);

        var members = db.Members.AsNoTracking().Where(m => m.Region == code);
        var active = await members.CountAsync(m => m.LeftOn == null
            && db.Cooperatives.Any(c => c.Id == m.CooperativeId && c.Status != CooperativeStatus.Dissolved), cancellationToken);
        var joined = await members.CountAsync(m => m.JoinedOn >= from && m.JoinedOn <= to, cancellationToken);
        var left = await members.CountAsync(m => m.LeftOn >= from && m.LeftOn <= to, cancellationToken);

        var returns = await db.AnnualReturns.AsNoTracking().Where(r => r.Region == code && r.Year == reportYear)
            .GroupBy(r => r.Revenue.Currency)
            .Select(g => new
            {
                Currency = g.Key, Filed = g.Count(), Jobs = g.Sum(r => r.JobsProvided),
                Revenue = g.Sum(r => r.Revenue.Amount),
            })
            .ToListAsync(cancellationToken);

        var projects = db.EnergyProjects.AsNoTracking().Where(p => p.Region == code);
        var capacity = await projects.GroupBy(p => p.Status)
            .Select(g => new { Status = g.Key, Mw = g.Sum(p => p.CapacityMw), Count = g.Count() }).ToListAsync(cancellationToken);
        var commissioned = await projects.Where(p => p.CommissionedOn >= from && p.CommissionedOn <= to)
            .SumAsync(p => (decimal?)p.CapacityMw, cancellationToken) ?? 0m;

        decimal Mw(EnergyProjectStatus status) => capacity.Where(c => c.Status == status).Sum(c => c.Mw);
        var operational = Mw(EnergyProjectStatus.Operational);
        var (target, _) = await RenewableTargetQueries.CurrentAsync(db, scope, cancellationToken);
        return TypedResults.Ok(new Response(
            code, reportYear, from, to, scope.Label(period, language.Code),
            new CooperativeFigures(
                groups.Sum(g => g.Count),
                Enum.GetValues<CooperativeStatus>().Select(s => new StatusCount(s, groups.Where(g => g.Status == s).Sum(g => g.Count))).ToList(),
                Enum.GetValues<CooperativeSector>().Select(s => new SectorCount(s,
                    groups.Where(g => g.Sector == s && g.Status != CooperativeStatus.Dissolved).Sum(g => g.Count))).ToList(),
                registered, dissolved, flagged),
            new MemberFigures(active, joined, left),
            new ReturnFigures(returns.Sum(r => r.Filed), returns.Sum(r => r.Jobs),
                returns.OrderBy(r => r.Currency).Select(r => new Money(r.Revenue, r.Currency)).ToList()),
            new EnergyFigures(target is not null, target?.Mw, target,
                operational, Mw(EnergyProjectStatus.Installing), Mw(EnergyProjectStatus.Planned),
                target is { Mw: > 0 } ? Math.Round(operational / target.Mw * 100m, 1) : null,
                commissioned, capacity.Where(c => c.Status == EnergyProjectStatus.Operational).Sum(c => c.Count))));
    }
}
