using System.Globalization;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Mediation.Domain;

/// <summary>A reporting period: inclusive local dates.</summary>
public sealed record ReportingPeriod(DateOnly From, DateOnly To)
{
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    public DateTimeOffset EndExclusive => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}

/// <summary>Years and months in the region's own calendar: Solar Hijri for the Iranian regions, Gregorian otherwise.</summary>
public static class ReportingPeriods
{
    private static readonly PersianCalendar Persian = new();

    public static ReportingPeriod Year(Region region, int year)
    {
        if (region.UsesSolarHijri)
        {
            var (from, to) = PeriodLabels.SolarHijriYear(year);
            return new ReportingPeriod(from, to);
        }
        return new ReportingPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    public static int CurrentYear(Region region, DateTimeOffset now) => CaseNumber.YearOf(region, now);

    /// <summary>The calendar months that the period touches, each clipped to the period.</summary>
    public static IReadOnlyList<ReportingPeriod> Months(Region region, ReportingPeriod period)
    {
        var months = new List<ReportingPeriod>();
        var cursor = period.From;
        while (cursor <= period.To)
        {
            var monthEnd = region.UsesSolarHijri ? EndOfPersianMonth(cursor) : new DateOnly(cursor.Year, cursor.Month, DateTime.DaysInMonth(cursor.Year, cursor.Month));
            var end = monthEnd < period.To ? monthEnd : period.To;
            months.Add(new ReportingPeriod(cursor, end));
            cursor = end.AddDays(1);
        }
        return months;
    }

    private static DateOnly EndOfPersianMonth(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        var year = Persian.GetYear(dt);
        var month = Persian.GetMonth(dt);
        var days = Persian.GetDaysInMonth(year, month);
        return DateOnly.FromDateTime(Persian.ToDateTime(year, month, days, 0, 0, 0, 0));
    }
}
