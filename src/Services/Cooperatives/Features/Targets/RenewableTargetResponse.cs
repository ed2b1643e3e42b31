using LabourWelfare.Cooperatives.Data;
using LabourWelfare.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.Targets;

/// <summary>A region's renewable-energy target: figure, source and year of the region's calendar, and where it is kept.</summary>
/// <param name="Origin">"recorded" (set by the region's admin through the API) or "reference" (regions.json).</param>
public sealed record RenewableTargetResponse(
    string Region, decimal Mw, string Source, int Year, string Origin, string? SetBy, DateTimeOffset? SetAt);

public static class RenewableTargets
{
    /// <summary>The target in force: the one the region's admin recorded, else the published reference figure, else none.</summary>
    public static async Task<(RenewableTargetResponse? Target, uint? Version)> CurrentAsync(
        CooperativesDbContext db, Region region, CancellationToken cancellationToken)
    {
        var recorded = await db.RenewableTargets.AsNoTracking().SingleOrDefaultAsync(t => t.Region == region.Code, cancellationToken);
        if (recorded is not null)
            return (new RenewableTargetResponse(region.Code, recorded.Mw, recorded.Source, recorded.Year, "recorded", recorded.SetBy, recorded.SetAt),
                recorded.Version);
        return region.RenewableTarget is { } reference
            ? (new RenewableTargetResponse(region.Code, reference.Mw, reference.Source, reference.Year, "reference", null, null), null)
            : (null, null);
    }
}
