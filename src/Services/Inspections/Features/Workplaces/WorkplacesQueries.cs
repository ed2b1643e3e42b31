using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Workplaces;

/// <summary>Queries about workplaces that more than one use case runs (the coverage endpoint and the statistics).</summary>
internal static class WorkplacesQueries
{
    /// <summary>Coverage per region (one region, or all of them when <paramref name="region"/> is null).</summary>
    internal static async Task<IReadOnlyList<GetAmbassadorCoverage.RegionCoverage>> CoverageAsync(InspectionsDbContext db, string? region, DateOnly today, CancellationToken ct)
    {
        var rows = await db.Workplaces.AsNoTracking()
            .Where(w => (region == null || w.Region == region) && w.Status == WorkplaceStatus.Active && w.WorkforceSize > Workplace.AmbassadorThreshold)
            .GroupBy(w => w.Region)
            .Select(g => new
            {
                Region = g.Key,
                Requiring = g.Count(),
                Covered = g.Count(w => w.Ambassadors.Any(a => a.AppointedOn <= today && (a.EndedOn == null || a.EndedOn > today))),
            })
            .ToListAsync(ct);
        var result = rows.Select(r => new GetAmbassadorCoverage.RegionCoverage(r.Region, r.Requiring, r.Covered, r.Requiring - r.Covered,
            r.Requiring == 0 ? 100m : Math.Round(100m * r.Covered / r.Requiring, 1))).OrderBy(r => r.Region).ToList();
        if (region is not null && result.Count == 0) result.Add(new GetAmbassadorCoverage.RegionCoverage(region, 0, 0, 0, 100m));
        return result;
    }
}
