using LabourWelfare.Mediation.Data;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Mediation.Features.Mediators;

/// <summary>Reads a mediator of the caller's region with their current caseload.</summary>
public static class GetMediator
{
    public static void MapGetMediator(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .RequireAuthorization(Access.ReadMediators)
            .WithName(nameof(GetMediator))
            .WithSummary("Read a mediator")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<MediatorResponse>> Handle(
        Guid id, CallerContext caller, MediationDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var mediator = await MediatorQueries.InReachAsync(db, id, caller, track: false, cancellationToken);
        ETags.Set(http, mediator.Version);
        return TypedResults.Ok(MediatorResponse.From(mediator, await MediatorQueries.OpenCaseloadAsync(db, id, cancellationToken)));
    }
}
