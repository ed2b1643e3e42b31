using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Inspections.Features.Campaigns;

/// <summary>Plans a health campaign with a partner agency (blood donation, self-care day, safe-work monitoring, …).</summary>
public static class PlanCampaign
{
    public sealed record Request(string? Name, CampaignKind? Kind, string? PartnerAgency, DateOnly? StartsOn, DateOnly? EndsOn, string? Region);

    public static void MapPlanCampaign(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(PlanCampaign))
            .WithSummary("Plan a health campaign");

    internal static async Task<Created<CampaignResponse>> Handle(
        Request request, CallerContext caller, InspectionsDbContext db, RegionCatalog regions, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken)
    {
        new FieldErrors()
            .Required("name", request.Name).MaxLength("name", request.Name, 300)
            .Required("kind", request.Kind)
            .MaxLength("partnerAgency", request.PartnerAgency, 300)
            .Required("startsOn", request.StartsOn)
            .Required("endsOn", request.EndsOn)
            .When(request.EndsOn < request.StartsOn, "endsOn", "must be on or after startsOn.")
            .When(request.Region is not null && !regions.Exists(request.Region), "region", "is not a known region.")
            .ThrowIfAny();
        var region = caller.RequireRegionFor(request.Region);

        var campaign = HealthCampaign.Plan(region, request.Name!.Trim(), request.Kind!.Value, request.PartnerAgency?.Trim(),
            request.StartsOn!.Value, request.EndsOn!.Value, clock.GetUtcNow());
        db.HealthCampaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, campaign.Version);
        return TypedResults.Created($"/api/inspections/campaigns/{campaign.Id}", CampaignResponse.From(campaign));
    }
}
