using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.ServiceDefaults.Localization;
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
    /// <param name="Year">The month's year in the region's calendar, beside the label for programs.</param>
    /// <param name="Month">The month's number in the region's calendar (1 = Farvardin in Solar Hijri).</param>
    public sealed record MonthFigures(string Label, int Year, int Month, DateOnly From, DateOnly To, int Received, int Resolved);

    public sealed record StatisticsResponse(
        string Region, DateOnly From, DateOnly To, PeriodLabel Period, int Received,
        IReadOnlyDictionary<string, int> ReceivedByCategory, IReadOnlyDictionary<string, int> ReceivedByChannel,
        int Resolved, int Settled, int NotSettled, int Withdrawn, decimal? SettlementRate, decimal? MedianDaysToResolution,
        IReadOnlyList<MonthFigures> Months);

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, RequestLanguage Language, MediationDbContext Db, RegionCatalog Regions, TimeProvider Clock,
        CancellationToken CancellationToken);

    public static void MapGetStatistics(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.ReadStatistics)
            .WithName(nameof(GetStatistics))
            .WithSummary("Case statistics for a region and period");

    /// <param name="year">A year of the region's calendar (1404 in fars, 2025 in almaty); default the current one.</param>
    /// <param name="from">With <paramref name="to"/>: an explicit period of local dates, inclusive, instead of a year.</param>
    internal static async Task<Ok<StatisticsResponse>> Handle(
        [AsParameters] Services services, string? region = null, int? year = null, DateOnly? from = null, DateOnly? to = null)
    {
        var (caller, language, db, regions, clock, cancellationToken) = services;
        new FieldErrors()
            .When(region is not null && !regions.Exists(region), "region", "is not a known region.")
            .When(region is null && caller.Region is null, "region", "is required.")
            .ThrowIfAny();
        var reg = regions.Get(caller.RequireRegionFor(region));

        var period = reg.RequestedPeriod(year, from, to, clock.Today());
        var start = period.Start;
        var end = period.EndExclusive;
        var facts = await db.Cases.AsNoTracking()
            .Where(c => c.Region == reg.Code && ((c.ReceivedAt >= start && c.ReceivedAt < end) || (c.ResolvedAt >= start && c.ResolvedAt < end)))
            .Select(c => new CaseFacts(c.Category, c.Channel, c.ReceivedAt, c.ResolvedAt, c.Outcome))
            .ToListAsync(cancellationToken);

        var figures = CaseStatistics.Compute(facts, start, end);
        var months = reg.Months(period).Select(m =>
        {
            var f = CaseStatistics.Compute(facts, m.Start, m.EndExclusive);
            var label = reg.Label(m, language.Code);
            return new MonthFigures(label.Label, label.From.Year, label.From.Month, m.From, m.To, f.Received, f.Resolved);
        }).ToList();

        return TypedResults.Ok(new StatisticsResponse(
            reg.Code, period.From, period.To, reg.Label(period, language.Code), figures.Received,
            figures.ReceivedByCategory.ToDictionary(e => KebabCase.Name(e.Key), e => e.Value),
            figures.ReceivedByChannel.ToDictionary(e => KebabCase.Name(e.Key), e => e.Value),
            figures.Resolved, figures.Settled, figures.NotSettled, figures.Withdrawn, figures.SettlementRate,
            figures.MedianDaysToResolution, months));
    }
}
