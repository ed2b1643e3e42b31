using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Inspections.Features.Campaigns;

public static class GetCampaign
{
    public static void MapGetCampaign(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetCampaign))
            .WithSummary("Read a health campaign with its participating workplaces")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<CampaignResponse>> Handle(
        Guid id, CallerContext caller, InspectionsDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignAsync(id, caller, cancellationToken);
        ETags.Set(http, campaign.Version);
        return TypedResults.Ok(CampaignResponse.From(campaign));
    }
}
