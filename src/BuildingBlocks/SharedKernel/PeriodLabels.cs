using System.Globalization;

namespace LabourWelfare.SharedKernel;

/// <summary>
/// Labels for reporting periods. Persian regions read years and months in the Solar Hijri calendar
/// (year 1403, month Mehr); the others in the Gregorian calendar.
/// </summary>
public static class PeriodLabels
{
    private static readonly PersianCalendar Persian = new();

    private static readonly string[] PersianMonths =
    [
        "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
        "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
    ];

    private static readonly string[] PersianMonthsFa =
    [
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
        "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
    ];

    public static SolarHijriDate ToSolarHijri(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        var month = Persian.GetMonth(dt);
        return new SolarHijriDate(Persian.GetYear(dt), month, Persian.GetDayOfMonth(dt), PersianMonths[month - 1], PersianMonthsFa[month - 1]);
    }

    /// <summary>"1403 Mehr – 1404 Shahrivar" style label for a period in a region's own calendar.</summary>
    public static PeriodLabel For(Region region, DateOnly from, DateOnly to)
    {
        if (!region.UsesSolarHijri)
            return new PeriodLabel("gregorian", $"{from:yyyy-MM-dd} – {to:yyyy-MM-dd}", null, null);
        var start = ToSolarHijri(from);
        var end = ToSolarHijri(to);
        var label = start.Year == end.Year && start.Month == end.Month
            ? $"{start.MonthName} {start.Year}"
            : $"{start.MonthName} {start.Year} – {end.MonthName} {end.Year}";
        return new PeriodLabel("solar-hijri", label, start, end);
    }

    /// <summary>The Gregorian dates that a Solar Hijri year covers (1 Farvardin to the last day of Esfand).</summary>
    public static (DateOnly From, DateOnly To) SolarHijriYear(int year)
    {
        var from = DateOnly.FromDateTime(Persian.ToDateTime(year, 1, 1, 0, 0, 0, 0));
        var to = DateOnly.FromDateTime(Persian.ToDateTime(year + 1, 1, 1, 0, 0, 0, 0)).AddDays(-1);
        return (from, to);
    }
}

public sealed record SolarHijriDate(int Year, int Month, int Day, string MonthName, string MonthNameFa);

public sealed record PeriodLabel(string Calendar, string Label, SolarHijriDate? From, SolarHijriDate? To);
