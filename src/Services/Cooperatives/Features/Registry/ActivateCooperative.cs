using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Cooperatives.Features.Registry;

/// <summary>Registered → Active (If-Match): the cooperative has started operating.</summary>
public static class ActivateCooperative
{
    public static void MapActivateCooperative(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/activate", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(ActivateCooperative))
            .WithSummary("Mark a registered cooperative as active")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<CooperativeResponse>> Handle(
        Guid id, CallerContext caller, CooperativesDbContext db, RegionCatalog regions, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var cooperative = await db.FindWritableAsync(caller, id, cancellationToken);
        ETags.RequireMatch(http, cooperative.Version);
        cooperative.Activate(clock.Today());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, cooperative.Version);
        return TypedResults.Ok(CooperativeResponse.From(cooperative, await db.ActiveMemberCountAsync(id, cancellationToken), regions));
    }
}
