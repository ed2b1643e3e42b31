using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Mediation.Features.Statistics;

/// <summary>
/// The centre's figures for a region and period: cases received (by category, channel and month), outcomes, settlement
/// rate and median days from receipt to outcome. Periods and months are labelled in the region's calendar (Solar Hijri
/// for the Iranian regions). Aggregates only: nothing confidential.
/// </summary>
public static class GetStatistics
{
    public sealed record MonthFigures(string Label, DateOnly From, DateOnly To, int Received, int Resolved);

    public sealed record StatisticsResponse(
        string Region, DateOnly From, DateOnly To, PeriodLabel Period, int Received,
        IReadOnlyDictionary<string, int> ReceivedByCategory, IReadOnlyDictionary<string, int> ReceivedByChannel,
        int Resolved, int Settled, int NotSettled, int Withdrawn, decimal? SettlementRate, decimal? MedianDaysToResolution,
        IReadOnlyList<MonthFigures> Months);

    public static void MapGetStatistics(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.ReadStatistics)
            .WithName(nameof(GetStatistics))
            .WithSummary("Case statistics for a region and period")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <param name="year">A year of the region's calendar (1404 in fars, 2025 in almaty); default the current one.</param>
    /// <param name="from">With <paramref name="to"/>: an explicit period of local dates, inclusive, instead of a year.</param>
    internal static async Task<Ok<StatisticsResponse>> Handle(
        CallerContext caller, MediationDbContext db, RegionCatalog regions, TimeProvider clock, CancellationToken cancellationToken,
        string? region = null, int? year = null, DateOnly? from = null, DateOnly? to = null)
    {
        new FieldErrors()
            .When(region is not null && !regions.Exists(region), "region", "is not a known region.")
            .When(region is null && caller.Region is null, "region", "is required.")
            .When(year is not null && (from is not null || to is not null), "year", "give a year or a from/to period, not both.")
            .When((from is null) != (to is null), from is null ? "from" : "to", "is required with the other end of the period.")
            .When(from is not null && to is not null && to < from, "to", "must not be before from.")
            .When(from is not null && to is not null && to.Value.DayNumber - from.Value.DayNumber > 366 * 5, "to", "periods are at most five years.")
            .When(year is < 1300 or > 3000, "year", "is not a plausible year.")
            .ThrowIfAny();
        var reg = regions.Get(caller.RequireRegionFor(region));

        var period = from is not null
            ? new ReportingPeriod(from.Value, to!.Value)
            : ReportingPeriods.Year(reg, year ?? ReportingPeriods.CurrentYear(reg, clock.GetUtcNow()));
        var start = period.Start;
        var end = period.EndExclusive;
        var facts = await db.Cases.AsNoTracking()
            .Where(c => c.Region == reg.Code && ((c.ReceivedAt >= start && c.ReceivedAt < end) || (c.ResolvedAt >= start && c.ResolvedAt < end)))
            .Select(c => new CaseFacts(c.Category, c.Channel, c.ReceivedAt, c.ResolvedAt, c.Outcome))
            .ToListAsync(cancellationToken);

        var figures = CaseStatistics.Compute(facts, start, end);
        var months = ReportingPeriods.Months(reg, period).Select(m =>
        {
            var f = CaseStatistics.Compute(facts, m.Start, m.EndExclusive);
            return new MonthFigures(PeriodLabels.For(reg, m.From, m.To).Label, m.From, m.To, f.Received, f.Resolved);
        }).ToList();

        return TypedResults.Ok(new StatisticsResponse(
            reg.Code, period.From, period.To, PeriodLabels.For(reg, period.From, period.To), figures.Received,
            figures.ReceivedByCategory.ToDictionary(e => KebabCase.Name(e.Key), e => e.Value),
            figures.ReceivedByChannel.ToDictionary(e => KebabCase.Name(e.Key), e => e.Value),
            figures.Resolved, figures.Settled, figures.NotSettled, figures.Withdrawn, figures.SettlementRate,
            figures.MedianDaysToResolution, months));
    }
}
