using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Cooperatives.Features.Registry;

/// <summary>Registered/Active → Suspended by a registrar's decision (If-Match), with a reason code. Publishes CooperativeSuspended.</summary>
public static class SuspendCooperative
{
    public sealed record Request(SuspensionReason? Reason);

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, CooperativesDbContext Db, RegionCatalog Regions, TimeProvider Clock, HttpContext Http,
        CancellationToken CancellationToken);

    public static void MapSuspendCooperative(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/suspend", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(SuspendCooperative))
            .WithSummary("Suspend a cooperative")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<CooperativeResponse>> Handle(
        Guid id, Request request, [AsParameters] Services services)
    {
        var (caller, db, regions, clock, http, cancellationToken) = services;
        new FieldErrors().Required("reason", request.Reason).ThrowIfAny();
        var cooperative = await db.FindWritableAsync(caller, id, cancellationToken);
        ETags.RequireMatch(http, cooperative.Version);
        cooperative.Suspend(request.Reason!.Value, clock.Today());
        db.AddEvent(CooperativeEvents.Suspended(cooperative), cooperative.Region, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, cooperative.Version);
        return TypedResults.Ok(CooperativeResponse.From(cooperative, await db.ActiveMemberCountAsync(id, cancellationToken), regions));
    }
}
