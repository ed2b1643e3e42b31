using Microsoft.Extensions.Configuration;

namespace LabourWelfare.SharedKernel;

/// <summary>A region of the department, loaded from configuration ("Regions" section), never hard-coded.</summary>
/// <param name="RenewableTarget">The region's renewable-energy target as published (with its source), or null when none is known.</param>
public sealed record Region(
    string Code,
    string Country,
    string Currency,
    string Culture,
    IReadOnlyList<string> OtherCultures,
    RegionCalendar Calendar,
    int MinimumFoundingMembers,
    RenewableTarget? RenewableTarget = null)
{
    /// <summary>How many years back a report may reach.</summary>
    public const int ReportingYearsBack = 100;

    public bool UsesSolarHijri => Calendar == RegionCalendar.SolarHijri;

    /// <summary>The region's reporting calendar: years, periods, previous periods, months and labels.</summary>
    public ReportingCalendar Reporting => UsesSolarHijri ? ReportingCalendar.SolarHijri : ReportingCalendar.Gregorian;

    /// <summary>The year of the region's calendar a date falls in (1402 for 2023-06-01 in Ilam, 2023 in Almaty).</summary>
    public int YearOf(DateOnly date) => Reporting.YearOf(date);

    public int YearOf(DateTimeOffset instant) => YearOf(DateOnly.FromDateTime(instant.UtcDateTime));

    public ReportingPeriod Year(int year) => Reporting.Year(year);

    public ReportingPeriod PreviousYear(ReportingPeriod period) => Reporting.PreviousYear(period);

    public IReadOnlyList<ReportingPeriod> Months(ReportingPeriod period) => Reporting.Months(period);

    public PeriodLabel Label(ReportingPeriod period, string? language) => Reporting.Label(period, language);

    /// <summary>A year a report can name: from <see cref="ReportingYearsBack"/> years ago to the current one.</summary>
    public bool IsReportingYear(int year, DateOnly today) => year <= YearOf(today) && year >= YearOf(today) - ReportingYearsBack;

    /// <summary>
    /// The period a statistics or report request asks for, checked the same way everywhere: a year of the region's
    /// calendar (year=1402 in Ilam, year=2025 in Almaty), or from and to together, or by default the current year.
    /// Bad combinations are a 400 with field errors.
    /// </summary>
    public ReportingPeriod RequestedPeriod(int? year, DateOnly? from, DateOnly? to, DateOnly today)
    {
        var current = YearOf(today);
        new FieldErrors()
            .When(year is not null && (from is not null || to is not null), "year", "give a year or a from/to period, not both.")
            .When(year is not null && !IsReportingYear(year.Value, today), "year",
                $"must be a year of the region's calendar from {current - ReportingYearsBack} to {current}.")
            .When((from is null) != (to is null), from is null ? "from" : "to", "is required with the other end of the period.")
            .When(from is not null && to is not null && to < from, "to", "must be on or after from.")
            .When(from is not null && to is not null && to.Value.DayNumber - from.Value.DayNumber > 366 * 5, "to", "periods are at most five years.")
            .ThrowIfAny();
        return from is not null ? new ReportingPeriod(from.Value, to!.Value) : Year(year ?? current);
    }
}

/// <summary>A renewable-energy target is a published fact: how many MW, who announced it, and in which year of the region's calendar.</summary>
public sealed record RenewableTarget(decimal Mw, string Source, int Year);

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
                Target(section.GetSection("RenewableTarget"))));
        }
        if (regions.Count == 0)
            throw new InvalidOperationException("No regions are configured (section 'Regions' of regions.json).");
        return new RegionCatalog(regions);
    }

    /// <summary>A target only with its figure, source and year: a number without a source is not reference data.</summary>
    private static RenewableTarget? Target(IConfigurationSection target)
    {
        if (!target.Exists()) return null;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        return new RenewableTarget(
            decimal.TryParse(target["Mw"], inv, out var mw) && mw > 0 ? mw : throw Missing(target, "Mw"),
            string.IsNullOrWhiteSpace(target["Source"]) ? throw Missing(target, "Source") : target["Source"]!,
            int.TryParse(target["Year"], inv, out var year) ? year : throw Missing(target, "Year"));
    }

    private static InvalidOperationException Missing(IConfigurationSection section, string key) =>
        new($"Region '{section.Key}' has no {key} in configuration.");
}
