using System.Globalization;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Features.Shared;

/// <summary>A reporting period of local dates, with the UTC instants that bound it and its label in the region's calendar.</summary>
public sealed record ReportingPeriod(DateOnly From, DateOnly To)
{
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    public DateTimeOffset EndExclusive => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The same period one year earlier, for "down 47% against last year".</summary>
    public ReportingPeriod PreviousYear() => new(From.AddYears(-1), To.AddYears(-1));

    /// <summary>A year in the region's own calendar (1403 for a Persian region, 2025 for Almaty).</summary>
    public static ReportingPeriod Year(Region region, int year)
    {
        if (!region.UsesSolarHijri) return new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var (from, to) = PeriodLabels.SolarHijriYear(year);
        return new(from, to);
    }

    public static int CurrentYear(Region region, DateOnly today) =>
        region.UsesSolarHijri ? new PersianCalendar().GetYear(today.ToDateTime(TimeOnly.MinValue)) : today.Year;

    /// <summary>Percentage change against a previous figure; null when there is nothing to compare with.</summary>
    public static decimal? Change(int current, int previous) =>
        previous == 0 ? null : Math.Round(100m * (current - previous) / previous, 1, MidpointRounding.AwayFromZero);
}
