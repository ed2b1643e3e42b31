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
        return TypedResults.Ok(await WorkplacesQueries.CoverageAsync(db, scope, clock.Today(), cancellationToken));
    }
}
