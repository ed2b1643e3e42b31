using System.Globalization;

namespace LabourWelfare.Web.Components.Shared;

/// <summary>Times typed as "HH:mm" (any digits) on a date in a region's time zone.</summary>
public static class TimeText
{
    public static bool TryParse(string? text, out TimeOnly time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var normalized = LabourWelfare.SharedKernel.DigitNormalizer.NormalizeDigits(text.Trim()).Replace('٫', ':');
        return TimeOnly.TryParseExact(normalized, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
