using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Features.Targets;

/// <summary>A region's renewable-energy target: figure, source and year of the region's calendar, and where it is kept.</summary>
/// <param name="Origin">"recorded" (set by the region's admin through the API) or "reference" (regions.json).</param>
public sealed record RenewableTargetResponse(
    string Region, decimal Mw, string Source, int Year, string Origin, string? SetBy, DateTimeOffset? SetAt)
{
    public static RenewableTargetResponse From(RegionalRenewableTarget recorded) =>
        new(recorded.Region, recorded.Mw, recorded.Source, recorded.Year, "recorded", recorded.SetBy, recorded.SetAt);

    public static RenewableTargetResponse From(Region region, RenewableTarget reference) =>
        new(region.Code, reference.Mw, reference.Source, reference.Year, "reference", null, null);
}
