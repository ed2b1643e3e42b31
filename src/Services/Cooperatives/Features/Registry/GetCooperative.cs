using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Cooperatives.Features.Registry;

/// <summary>Reads one cooperative (with its ETag); another region's record, or one a citizen is not a member of, is 404.</summary>
public static class GetCooperative
{
    public static void MapGetCooperative(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetCooperative))
            .WithSummary("Read a cooperative")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<CooperativeResponse>> Handle(
        Guid id, CallerContext caller, CooperativesDbContext db, RegionCatalog regions, HttpContext http,
        CancellationToken cancellationToken)
    {
        var cooperative = await db.FindReadableAsync(caller, id, cancellationToken);
        var activeMembers = await db.ActiveMemberCountAsync(id, cancellationToken);
        ETags.Set(http, cooperative.Version);
        return TypedResults.Ok(CooperativeResponse.From(cooperative, activeMembers, regions));
    }
}
