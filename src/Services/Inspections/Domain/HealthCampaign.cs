using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Domain;

public enum CampaignKind { BloodDonation, SelfCareDay, SafeWorkMonitoring, Vaccination, Other }

public enum CampaignStatus { Planned, Announced }

/// <summary>A health campaign with partner agencies: dates, participating workplaces and participants; announced once.</summary>
public sealed class HealthCampaign
{
    private readonly List<CampaignParticipation> _participations = [];

    private HealthCampaign() { }

    public Guid Id { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public CampaignKind Kind { get; private set; }
    public string? PartnerAgency { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public CampaignStatus Status { get; private set; }
    public DateTimeOffset? AnnouncedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<CampaignParticipation> Participations => _participations;
    public int Participants => _participations.Sum(p => p.Participants);

    public static HealthCampaign Plan(string region, string name, CampaignKind kind, string? partnerAgency, DateOnly startsOn, DateOnly endsOn, DateTimeOffset now)
    {
        if (endsOn < startsOn) throw ValidationException.For("endsOn", "must be on or after startsOn.");
        return new HealthCampaign
        {
            Id = Guid.CreateVersion7(now),
            Region = region,
            Name = name,
            Kind = kind,
            PartnerAgency = partnerAgency,
            StartsOn = startsOn,
            EndsOn = endsOn,
            Status = CampaignStatus.Planned,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Records (or corrects) how many people of a workplace took part.</summary>
    public CampaignParticipation RecordParticipation(Workplace workplace, int participants, DateTimeOffset now)
    {
        if (workplace.Region != Region) throw new NotFoundException("Workplace");
        workplace.EnsureActive();
        if (participants < 0) throw ValidationException.For("participants", "must be 0 or more.");
        if (participants > workplace.WorkforceSize && workplace.WorkforceSize > 0)
            throw ValidationException.For("participants", $"must not exceed the workplace's workforce ({workplace.WorkforceSize}).");
        var existing = _participations.FirstOrDefault(p => p.WorkplaceId == workplace.Id);
        if (existing is null) _participations.Add(existing = new CampaignParticipation(Id, workplace.Id, participants));
        else existing.Change(participants);
        UpdatedAt = now;
        return existing;
    }

    public void Announce(DateTimeOffset now)
    {
        if (Status == CampaignStatus.Announced)
            throw new DomainRuleException("campaign-already-announced", "The campaign was announced already.");
        if (DateOnly.FromDateTime(now.UtcDateTime) > EndsOn)
            throw new DomainRuleException("campaign-ended", "The campaign has ended; there is nothing to announce.");
        Status = CampaignStatus.Announced;
        AnnouncedAt = now;
        UpdatedAt = now;
    }
}

public sealed class CampaignParticipation
{
    private CampaignParticipation() { }

    internal CampaignParticipation(Guid campaignId, Guid workplaceId, int participants)
    {
        CampaignId = campaignId;
        WorkplaceId = workplaceId;
        Participants = participants;
    }

    public Guid CampaignId { get; private set; }
    public Guid WorkplaceId { get; private set; }
    public int Participants { get; private set; }

    internal void Change(int participants) => Participants = participants;
}
