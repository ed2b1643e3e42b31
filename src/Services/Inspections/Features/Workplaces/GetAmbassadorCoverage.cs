using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Workplaces;

/// <summary>Health ambassador coverage per region: of the active workplaces with more than 50 workers, how many have one.</summary>
public static class GetAmbassadorCoverage
{
    public sealed record RegionCoverage(string Region, int WorkplacesRequiring, int Covered, int Missing, decimal CoveragePercent);

    public static void MapGetAmbassadorCoverage(this RouteGroupBuilder group) =>
        group.MapGet("/ambassador-coverage", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetAmbassadorCoverage))
            .WithSummary("Health ambassador coverage per region");

    internal static async Task<Ok<IReadOnlyList<RegionCoverage>>> Handle(
        CallerContext caller, InspectionsDbContext db, TimeProvider clock, CancellationToken cancellationToken, string? region = null)
    {
        var scope = caller.ListRegion(region);
        return TypedResults.Ok(await CoverageAsync(db, scope, clock.Today(), cancellationToken));
    }

    /// <summary>Coverage per region (one region, or all of them when <paramref name="region"/> is null).</summary>
    internal static async Task<IReadOnlyList<RegionCoverage>> CoverageAsync(InspectionsDbContext db, string? region, DateOnly today, CancellationToken ct)
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
        var result = rows.Select(r => new RegionCoverage(r.Region, r.Requiring, r.Covered, r.Requiring - r.Covered,
            r.Requiring == 0 ? 100m : Math.Round(100m * r.Covered / r.Requiring, 1))).OrderBy(r => r.Region).ToList();
        if (region is not null && result.Count == 0) result.Add(new RegionCoverage(region, 0, 0, 0, 100m));
        return result;
    }
}
