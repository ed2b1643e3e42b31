using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Inspections.Features.Campaigns;

/// <summary>Records (or corrects) a participating workplace and how many of its people took part.</summary>
public static class RecordParticipation
{
    public sealed record Request(Guid? WorkplaceId, int? Participants);

    public static void MapRecordParticipation(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/participants", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(RecordParticipation))
            .WithSummary("Record a participating workplace and its participants")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

    internal static async Task<Ok<CampaignResponse>> Handle(
        Guid id, Request request, CallerContext caller, InspectionsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignAsync(id, caller, cancellationToken);
        new FieldErrors().Required("workplaceId", request.WorkplaceId).Required("participants", request.Participants)
            .Range("participants", request.Participants, 0, 1_000_000).ThrowIfAny();
        var workplace = await db.WorkplaceAsync(request.WorkplaceId!.Value, caller, cancellationToken);
        campaign.RecordParticipation(workplace, request.Participants!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, campaign.Version);
        return TypedResults.Ok(CampaignResponse.From(campaign));
    }
}
