using LabourWelfare.SharedKernel;

namespace LabourWelfare.WelfareAid.Domain;

public enum ReferralStatus { Open, ApplicationOpened }

/// <summary>
/// A person referred to the aid office by another service's event (accident victim, dismissed worker). When the region
/// runs an active programme for the group, the application is opened at once; otherwise the referral waits for an
/// officer to open one (in a programme launched later, say). Either way it says which event referred the person.
/// </summary>
public sealed class Referral
{
    private Referral() { }

    public Guid Id { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public Guid BeneficiaryId { get; private set; }
    public TargetGroup TargetGroup { get; private set; }
    public ApplicationOrigin Origin { get; private set; }

    /// <summary>The source record (accident case id, mediation case number), not personal data.</summary>
    public string SourceReference { get; private set; } = string.Empty;

    /// <summary>A short, non-medical detail such as the injury severity.</summary>
    public string? Detail { get; private set; }

    public Provenance OpenedBy { get; private set; } = null!;
    public ReferralStatus Status { get; private set; }
    public Guid? ApplicationId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public uint Version { get; private set; }

    public static Referral Open(
        string region, Beneficiary beneficiary, TargetGroup group, ApplicationOrigin origin, string sourceReference,
        string? detail, Provenance openedBy, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            Region = region,
            BeneficiaryId = beneficiary.Id,
            TargetGroup = group,
            Origin = origin,
            SourceReference = sourceReference,
            Detail = detail,
            OpenedBy = openedBy,
            Status = ReferralStatus.Open,
            CreatedAt = now,
        };

    public void ApplicationOpened(Guid applicationId)
    {
        if (Status != ReferralStatus.Open)
            throw new DomainRuleException("referral-already-handled", "An application was already opened for this referral.");
        Status = ReferralStatus.ApplicationOpened;
        ApplicationId = applicationId;
    }
}
