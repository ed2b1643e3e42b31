using Microsoft.Extensions.Configuration;

namespace LabourWelfare.SharedKernel;

/// <summary>A region of the department, loaded from configuration ("Regions" section), never hard-coded.</summary>
public sealed record Region(
    string Code,
    string Country,
    string Currency,
    string Culture,
    IReadOnlyList<string> OtherCultures,
    RegionCalendar Calendar,
    int MinimumFoundingMembers,
    decimal RenewableTargetMw)
{
    public bool UsesSolarHijri => Calendar == RegionCalendar.SolarHijri;
}

public enum RegionCalendar { Gregorian, SolarHijri }

/// <summary>The region reference data. Adding a region is a change to regions.json, not to code.</summary>
public sealed class RegionCatalog
{
    private readonly Dictionary<string, Region> _regions;

    public RegionCatalog(IEnumerable<Region> regions) =>
        _regions = regions.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<Region> All => _regions.Values;

    public bool TryGet(string? code, out Region region)
    {
        region = null!;
        return code is not null && _regions.TryGetValue(code, out region!);
    }

    public Region Get(string code) =>
        TryGet(code, out var region) ? region : throw new KeyNotFoundException($"Unknown region '{code}'.");

    public bool Exists(string? code) => code is not null && _regions.ContainsKey(code);

    public static RegionCatalog FromConfiguration(IConfiguration configuration)
    {
        var regions = new List<Region>();
        foreach (var section in configuration.GetSection("Regions").GetChildren())
        {
            regions.Add(new Region(
                section.Key.ToLowerInvariant(),
                section["Country"] ?? throw Missing(section, "Country"),
                section["Currency"] ?? throw Missing(section, "Currency"),
                section["Culture"] ?? throw Missing(section, "Culture"),
                section.GetSection("OtherCultures").GetChildren().Select(c => c.Value!).Where(v => v is not null).ToList(),
                Enum.Parse<RegionCalendar>(section["Calendar"] ?? nameof(RegionCalendar.Gregorian), ignoreCase: true),
                int.TryParse(section["MinimumFoundingMembers"], out var min) ? min : 7,
                decimal.TryParse(section["RenewableTargetMw"], System.Globalization.CultureInfo.InvariantCulture, out var mw) ? mw : 0m));
        }
        if (regions.Count == 0)
            throw new InvalidOperationException("No regions are configured (section 'Regions' of regions.json).");
        return new RegionCatalog(regions);
    }

    private static InvalidOperationException Missing(IConfigurationSection section, string key) =>
        new($"Region '{section.Key}' has no {key} in configuration.");
}
