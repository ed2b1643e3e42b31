using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Features.Shared;

/// <summary>The public events about a health campaign.</summary>
internal static class CampaignEvents
{
    public static HealthCampaignAnnounced Announced(HealthCampaign campaign) => new(
        campaign.Id, campaign.Name, KebabCase.Name(campaign.Kind), campaign.PartnerAgency,
        campaign.StartsOn, campaign.EndsOn, campaign.Participations.Count);
}
