using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Cooperatives.Features.Registry;

/// <summary>Suspended → Active (If-Match), only with at least the region's minimum of active members.</summary>
public static class ReinstateCooperative
{
    public static void MapReinstateCooperative(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/reinstate", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(ReinstateCooperative))
            .WithSummary("Lift a cooperative's suspension")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<CooperativeResponse>> Handle(
        Guid id, CallerContext caller, CooperativesDbContext db, RegionCatalog regions, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cooperative = await db.LockWritableAsync(caller, id, cancellationToken);
        ETags.RequireMatch(http, cooperative.Version);
        var activeMembers = await db.ActiveMemberCountAsync(id, cancellationToken);
        var minimum = regions.Get(cooperative.Region).MinimumFoundingMembers;
        cooperative.Reinstate(activeMembers, minimum, clock.Today());
        cooperative.ReviewMembership(activeMembers, minimum, clock.Today());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        ETags.Set(http, cooperative.Version);
        return TypedResults.Ok(CooperativeResponse.From(cooperative, activeMembers, regions));
    }
}
