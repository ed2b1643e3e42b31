using LabourWelfare.Cooperatives.Data;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Cooperatives.Features.Targets;

/// <summary>The region's renewable-energy target with its source and year; 404 when the region has none.</summary>
public static class GetRenewableTarget
{
    public static void MapGetRenewableTarget(this RouteGroupBuilder group) =>
        group.MapGet("/{region}/renewable-target", Handle)
            .RequireAuthorization(Access.Officers)
            .WithName(nameof(GetRenewableTarget))
            .WithSummary("A region's renewable-energy target, with its source")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<RenewableTargetResponse>> Handle(
        string region, CallerContext caller, CooperativesDbContext db, RegionCatalog regions, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (!regions.TryGet(region, out var scope)) throw new NotFoundException("The region");
        caller.RequireRegionFor(scope.Code);
        var (target, version) = await RenewableTargetQueries.CurrentAsync(db, scope, cancellationToken);
        if (target is null) throw new NotFoundException($"A renewable-energy target of {scope.Code}");
        if (version is { } v) ETags.Set(http, v);
        return TypedResults.Ok(target);
    }
}
