using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Inspections.Features.Accidents;

/// <summary>Reported → UnderInvestigation (If-Match); the investigator defaults to the caller.</summary>
public static class StartAccidentInvestigation
{
    public sealed record Request(string? Investigator);

    public static void MapStartAccidentInvestigation(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/investigate", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(StartAccidentInvestigation))
            .WithSummary("Start investigating an accident (If-Match)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<AccidentResponse>> Handle(
        Guid id, Request? request, CallerContext caller, InspectionsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var accident = await db.AccidentAsync(id, caller, cancellationToken);
        new FieldErrors().MaxLength("investigator", request?.Investigator, 200).ThrowIfAny();
        ETags.RequireMatch(http, accident.Version);
        var investigator = string.IsNullOrWhiteSpace(request?.Investigator) ? caller.Actor : request.Investigator.Trim();
        accident.StartInvestigation(investigator, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, accident.Version);
        return TypedResults.Ok(AccidentResponse.From(accident, caller));
    }
}
