using LabourWelfare.Mediation.Domain;
using LabourWelfare.SharedKernel;
using static LabourWelfare.Mediation.Tests.Domain.DomainFixtures;

namespace LabourWelfare.Mediation.Tests.Domain;

public sealed class StatisticsTests
{
    [Theory]
    [InlineData(new double[] { }, null)]
    [InlineData(new double[] { 5 }, 5.0)]
    [InlineData(new double[] { 9, 1, 4 }, 4.0)]
    [InlineData(new double[] { 1, 2, 3, 10 }, 2.5)]
    public void Median_is_the_middle_value(double[] values, double? expected) =>
        Assert.Equal(expected is null ? null : (decimal)expected, CaseStatistics.Median(values.Select(v => (decimal)v)));

    [Fact]
    public void Settlement_rate_leaves_withdrawn_cases_out()
    {
        Assert.Equal(0.6667m, CaseStatistics.SettlementRate(2, 1));
        Assert.Null(CaseStatistics.SettlementRate(0, 0));
    }

    [Fact]
    public void Figures_count_received_in_the_period_and_outcomes_resolved_in_it()
    {
        var from = Now;
        var to = Now.AddDays(30);
        CaseFacts Fact(CaseCategory category, CaseChannel channel, int receivedDay, int? resolvedDay, CaseOutcome? outcome) =>
            new(category, channel, Now.AddDays(receivedDay), resolvedDay is null ? null : Now.AddDays(resolvedDay.Value), outcome);
        var figures = CaseStatistics.Compute([
            Fact(CaseCategory.LabourWages, CaseChannel.WalkIn, 1, 5, CaseOutcome.Settled),
            Fact(CaseCategory.LabourWages, CaseChannel.Phone, 2, 12, CaseOutcome.NotSettled),
            Fact(CaseCategory.Family, CaseChannel.Online, 3, null, null),
            Fact(CaseCategory.LabourDismissal, CaseChannel.InspectionReferral, -10, 4, CaseOutcome.Settled), // received before
            Fact(CaseCategory.Other, CaseChannel.WalkIn, 4, 6, CaseOutcome.Withdrawn),
        ], from, to);

        Assert.Equal(4, figures.Received);
        Assert.Equal(2, figures.ReceivedByCategory[CaseCategory.LabourWages]);
        Assert.Equal(0, figures.ReceivedByCategory[CaseCategory.LabourDismissal]);
        Assert.Equal(2, figures.ReceivedByChannel[CaseChannel.WalkIn]);
        Assert.Equal(4, figures.Resolved);
        Assert.Equal(2, figures.Settled);
        Assert.Equal(0.6667m, figures.SettlementRate);
        Assert.Equal(7.0m, figures.MedianDaysToResolution); // days 2, 4, 10, 14
    }

    [Fact]
    public void Persian_regions_report_in_Solar_Hijri_months()
    {
        var year = Fars.Year(1404);
        Assert.Equal(new DateOnly(2025, 3, 21), year.From);
        Assert.Equal(new DateOnly(2026, 3, 20), year.To);
        var months = Fars.Months(year);
        Assert.Equal(12, months.Count);
        Assert.Equal(new DateOnly(2025, 9, 23), months[6].From); // 1 Mehr 1404
        Assert.Equal(new DateOnly(2025, 10, 22), months[6].To);

        var almaty = Almaty.Months(new ReportingPeriod(new DateOnly(2025, 1, 15), new DateOnly(2025, 3, 10)));
        Assert.Equal([new DateOnly(2025, 1, 15), new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1)], almaty.Select(m => m.From));
    }
}
