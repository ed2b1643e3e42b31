using LabourWelfare.Inspections.Domain;

namespace LabourWelfare.Inspections.Features.Campaigns;

public sealed record ParticipationResponse(Guid WorkplaceId, int Participants);

public sealed record CampaignResponse(
    Guid Id, string Region, string Name, CampaignKind Kind, string? PartnerAgency, DateOnly StartsOn, DateOnly EndsOn,
    CampaignStatus Status, DateTimeOffset? AnnouncedAt, int ParticipatingWorkplaces, int Participants,
    IReadOnlyList<ParticipationResponse> Participations)
{
    public static CampaignResponse From(HealthCampaign c) => new(
        c.Id, c.Region, c.Name, c.Kind, c.PartnerAgency, c.StartsOn, c.EndsOn, c.Status, c.AnnouncedAt,
        c.Participations.Count, c.Participants,
        c.Participations.OrderBy(p => p.WorkplaceId).Select(p => new ParticipationResponse(p.WorkplaceId, p.Participants)).ToList());
}
