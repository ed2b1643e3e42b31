using System.Globalization;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Mediation.Domain;

/// <summary>
/// The number people read out on the phone: REGION-YEAR-SEQUENCE, e.g. FARS-1404-0042. The year is the region's own
/// calendar year (Region.YearOf: Solar Hijri in the Iranian regions); the sequence restarts at 1 each year, without gaps or repeats.
/// </summary>
public sealed record CaseNumber(string Region, int Year, int Sequence)
{
    public override string ToString() =>
        $"{Region.ToUpperInvariant()}-{Year.ToString(CultureInfo.InvariantCulture)}-{Sequence.ToString("0000", CultureInfo.InvariantCulture)}";

    /// <summary>What people type ("fars-۱۴۰۴-42") to the stored form ("FARS-1404-0042"); null when it is not a case number.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var parts = DigitNormalizer.NormalizeDigits(typed.Trim()).Split('-');
        if (parts.Length != 3 || parts[0].Length == 0) return null;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence < 1) return null;
        return new CaseNumber(parts[0], year, sequence).ToString();
    }
}
