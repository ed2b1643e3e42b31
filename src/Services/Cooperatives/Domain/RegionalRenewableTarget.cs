using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Domain;

/// <summary>
/// A region's renewable-energy target as its admin recorded it: a figure with its source and year, never a number
/// without either. It replaces the reference figure of regions.json for that region; every change is audited.
/// </summary>
public sealed class RegionalRenewableTarget
{
    public const int SourceMaxLength = 300;

    private RegionalRenewableTarget() { }

    public string Region { get; private set; } = string.Empty;
    public decimal Mw { get; private set; }
    public string Source { get; private set; } = string.Empty;
    public int Year { get; private set; }
    public string SetBy { get; private set; } = string.Empty;
    public DateTimeOffset SetAt { get; private set; }
    public uint Version { get; private set; }

    public RenewableTarget Target => new(Mw, Source, Year);

    public static RegionalRenewableTarget For(string region) => new() { Region = region };

    public void Set(RenewableTarget target, string setBy, DateTimeOffset now)
    {
        Mw = target.Mw;
        Source = target.Source;
        Year = target.Year;
        SetBy = setBy;
        SetAt = now;
    }
}
