using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Domain;

/// <summary>
/// Years as a region counts them: Solar Hijri years (1 Farvardin – end of Esfand) in Persian regions, calendar years
/// elsewhere. Annual returns and statistics use these years.
/// </summary>
public static class RegionYears
{
    private static readonly System.Globalization.PersianCalendar Persian = new();

    public static int YearOf(Region region, DateOnly date) =>
        region.UsesSolarHijri ? Persian.GetYear(date.ToDateTime(TimeOnly.MinValue)) : date.Year;

    public static (DateOnly From, DateOnly To) Range(Region region, int year) =>
        region.UsesSolarHijri ? PeriodLabels.SolarHijriYear(year) : (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>Years a region can name: from 100 years back to the current one.</summary>
    public static bool IsPlausible(Region region, int year, DateOnly today) =>
        year <= YearOf(region, today) && year >= YearOf(region, today) - 100;
}
