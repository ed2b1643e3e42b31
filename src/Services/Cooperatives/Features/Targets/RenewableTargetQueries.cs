using LabourWelfare.Cooperatives.Data;
using LabourWelfare.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.Targets;

public static class RenewableTargetQueries
{
    /// <summary>The target in force: the one the region's admin recorded, else the published reference figure, else none.</summary>
    public static async Task<(RenewableTargetResponse? Target, uint? Version)> CurrentAsync(
        CooperativesDbContext db, Region region, CancellationToken cancellationToken)
    {
        var recorded = await db.RenewableTargets.AsNoTracking().SingleOrDefaultAsync(t => t.Region == region.Code, cancellationToken);
        if (recorded is not null) return (RenewableTargetResponse.From(recorded), recorded.Version);
        return region.RenewableTarget is { } reference ? (RenewableTargetResponse.From(region, reference), null) : (null, null);
    }
}
