using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Inspections.Features.Accidents;

/// <summary>UnderInvestigation → Closed with root cause and corrective actions (If-Match); publishes AccidentCaseClosed.</summary>
public static class CloseAccident
{
    public sealed record Request(RootCauseCategory? RootCauseCategory, string? RootCause, List<string?>? CorrectiveActions);

    public static void MapCloseAccident(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/close", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(CloseAccident))
            .WithSummary("Close an accident case file (If-Match)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<AccidentResponse>> Handle(
        Guid id, Request request, CallerContext caller, InspectionsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var accident = await db.AccidentAsync(id, caller, cancellationToken);
        new FieldErrors()
            .Required("rootCauseCategory", request.RootCauseCategory)
            .Required("rootCause", request.RootCause).MaxLength("rootCause", request.RootCause, 4000)
            .Required("correctiveActions", request.CorrectiveActions)
            .When(request.CorrectiveActions is { Count: 0 }, "correctiveActions", "must name at least one corrective action.")
            .When(request.CorrectiveActions?.Any(a => string.IsNullOrWhiteSpace(a) || a.Length > 1000) == true, "correctiveActions", "each action must have 1 to 1000 characters.")
            .ThrowIfAny();
        ETags.RequireMatch(http, accident.Version);

        var now = clock.GetUtcNow();
        accident.Close(request.RootCauseCategory!.Value, request.RootCause!.Trim(), request.CorrectiveActions!.Select(a => a!.Trim()).ToList(), now);
        db.AddEvent(AccidentEvents.Closed(accident), accident.Region, now);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, accident.Version);
        return TypedResults.Ok(AccidentResponse.From(accident, caller));
    }
}
