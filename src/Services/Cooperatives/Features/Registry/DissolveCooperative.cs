using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Cooperatives.Features.Registry;

/// <summary>
/// Registered/Active/Suspended → Dissolved (If-Match), with the date and reason. Publishes CooperativeDissolved
/// (Inspections retires the workplace). Dissolution is final.
/// </summary>
public static class DissolveCooperative
{
    public sealed record Request(DateOnly? DissolvedOn, DissolutionReason? Reason);

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, CooperativesDbContext Db, RegionCatalog Regions, TimeProvider Clock, HttpContext Http,
        CancellationToken CancellationToken);

    public static void MapDissolveCooperative(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/dissolve", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(DissolveCooperative))
            .WithSummary("Dissolve a cooperative")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<CooperativeResponse>> Handle(
        Guid id, Request request, [AsParameters] Services services)
    {
        var (caller, db, regions, clock, http, cancellationToken) = services;
        new FieldErrors().Required("reason", request.Reason).ThrowIfAny();
        var cooperative = await db.FindWritableAsync(caller, id, cancellationToken);
        ETags.RequireMatch(http, cooperative.Version);
        var today = clock.Today();
        cooperative.Dissolve(request.DissolvedOn ?? today, request.Reason!.Value, today);
        cooperative.ReviewMembership(0, 0, today); // a closed record is no longer held to the minimum
        db.AddEvent(CooperativeEvents.Dissolved(cooperative), cooperative.Region, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, cooperative.Version);
        return TypedResults.Ok(CooperativeResponse.From(cooperative, await db.ActiveMemberCountAsync(id, cancellationToken), regions));
    }
}
