using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Inspections.Features.Workplaces;

/// <summary>Ends a health ambassador's term (If-Match of the workplace), so another can be appointed.</summary>
public static class EndAmbassadorTerm
{
    public sealed record Request(DateOnly? EndedOn);

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, InspectionsDbContext Db, TimeProvider Clock, HttpContext Http,
        CancellationToken CancellationToken);

    public static void MapEndAmbassadorTerm(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/ambassadors/{ambassadorId:guid}/end", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(EndAmbassadorTerm))
            .WithSummary("End a health ambassador's term (If-Match of the workplace)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<AmbassadorResponse>> Handle(
        Guid id, Guid ambassadorId, Request request, [AsParameters] Services services)
    {
        var (caller, db, clock, http, cancellationToken) = services;
        var workplace = await db.WorkplaceAsync(id, caller, cancellationToken);
        new FieldErrors().Required("endedOn", request.EndedOn).ThrowIfAny();
        ETags.RequireMatch(http, workplace.Version);

        var ambassador = workplace.EndAmbassador(ambassadorId, request.EndedOn!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, workplace.Version);
        return TypedResults.Ok(new AmbassadorResponse(ambassador.Id, ambassador.FullName, ambassador.AppointedOn,
            ambassador.TrainedOn, ambassador.EndedOn, ambassador.IsActiveOn(clock.Today())));
    }
}
