using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Inspections.Features.Campaigns;

/// <summary>Announces the campaign to partner agencies (If-Match), once: HealthCampaignAnnounced.</summary>
public static class AnnounceCampaign
{
    public static void MapAnnounceCampaign(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/announce", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(AnnounceCampaign))
            .WithSummary("Announce a health campaign to partners (If-Match)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<CampaignResponse>> Handle(
        Guid id, CallerContext caller, InspectionsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignAsync(id, caller, cancellationToken);
        ETags.RequireMatch(http, campaign.Version);
        var now = clock.GetUtcNow();
        campaign.Announce(now);
        db.AddEvent(CampaignEvents.Announced(campaign), campaign.Region, now);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, campaign.Version);
        return TypedResults.Ok(CampaignResponse.From(campaign));
    }
}
