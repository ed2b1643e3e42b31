using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Inspections.Features.Inspections;

/// <summary>Records a recommendation (move staff to remote work, supply PPE, …) during an inspection in progress.</summary>
public static class RecordRecommendation
{
    public sealed record Request(RecommendationKind? Kind, string? Text);

    public static void MapRecordRecommendation(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/recommendations", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(RecordRecommendation))
            .WithSummary("Record a recommendation")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

    internal static async Task<Created<RecommendationResponse>> Handle(
        Guid id, Request request, CallerContext caller, InspectionsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var inspection = await db.InspectionAsync(id, caller, cancellationToken);
        new FieldErrors().Required("kind", request.Kind).Required("text", request.Text).MaxLength("text", request.Text, 2000).ThrowIfAny();
        var recommendation = inspection.Recommend(request.Kind!.Value, request.Text!.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, inspection.Version);
        return TypedResults.Created($"/api/inspections/inspections/{inspection.Id}",
            new RecommendationResponse(recommendation.Id, recommendation.Kind, recommendation.Text, recommendation.RecordedAt));
    }
}
