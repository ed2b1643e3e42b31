using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Inspections.Features.Inspections;

/// <summary>Scheduled → InProgress (If-Match).</summary>
public static class StartInspection
{
    public static void MapStartInspection(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/start", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(StartInspection))
            .WithSummary("Start an inspection (If-Match)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<InspectionResponse>> Handle(
        Guid id, CallerContext caller, InspectionsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var inspection = await db.InspectionAsync(id, caller, cancellationToken);
        ETags.RequireMatch(http, inspection.Version);
        inspection.Start(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, inspection.Version);
        return TypedResults.Ok(InspectionResponse.From(inspection));
    }
}
