using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Inspections.Features.Inspections;

/// <summary>Scheduled | InProgress → Cancelled with a reason (If-Match); a completed inspection cannot be cancelled.</summary>
public static class CancelInspection
{
    public sealed record Request(string? Reason);

    public static void MapCancelInspection(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/cancel", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(CancelInspection))
            .WithSummary("Cancel an inspection (If-Match)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<InspectionResponse>> Handle(
        Guid id, Request request, CallerContext caller, InspectionsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var inspection = await db.InspectionAsync(id, caller, cancellationToken);
        new FieldErrors().Required("reason", request.Reason).MaxLength("reason", request.Reason, 1000).ThrowIfAny();
        ETags.RequireMatch(http, inspection.Version);
        inspection.Cancel(request.Reason!.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, inspection.Version);
        return TypedResults.Ok(InspectionResponse.From(inspection));
    }
}
