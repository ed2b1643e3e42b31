using LabourWelfare.SharedKernel;

namespace LabourWelfare.WelfareAid.Features.Beneficiaries;

/// <summary>National ids typed in searches, where the officer need not say which country's id it is.</summary>
internal static class NationalIds
{
    /// <summary>The field message for an id that passes no configured country's checksum.</summary>
    public const string Invalid = "is not a valid national code or IIN.";

    /// <summary>The id normalised for whichever configured country's checksum it passes; null when none.</summary>
    public static string? NormalizeAny(string? input, RegionCatalog regions)
    {
        foreach (var country in regions.All.Select(r => r.Country).Distinct())
            if (NationalId.TryNormalize(input, country, out var normalized)) return normalized;
        return null;
    }
}
