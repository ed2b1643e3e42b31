using LabourWelfare.SharedKernel;

namespace LabourWelfare.WelfareAid.Domain;

public enum ApplicationStatus { Submitted, Approved, Rejected, UnderAppeal, Disbursed, Cancelled }

/// <summary>Who or what opened the application.</summary>
public enum ApplicationOrigin { Officer, Citizen, AccidentReported, MediationCaseClosed }

/// <summary>
/// An application of a beneficiary to a programme: Submitted → Approved | Rejected → Disbursed, or Cancelled; a rejected
/// applicant may appeal once (UnderAppeal), decided by another officer. Maker-checker: whoever recorded the application
/// never decides it nor records a disbursement on it.
/// </summary>
public sealed class AidApplication
{
    private AidApplication() { }

    /// <summary>Statuses that count as the beneficiary's one open application for a programme (and its period).</summary>
    public static readonly ApplicationStatus[] OpenStatuses =
        [ApplicationStatus.Submitted, ApplicationStatus.Approved, ApplicationStatus.UnderAppeal, ApplicationStatus.Disbursed];

    public Guid Id { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public Guid ProgrammeId { get; private set; }
    public Guid BeneficiaryId { get; private set; }
    public TargetGroup? TargetGroup { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public ApplicationOrigin Origin { get; private set; }
    public Provenance? OpenedBy { get; private set; }
    public Guid? ReferralId { get; private set; }
    public string RecordedBy { get; private set; } = string.Empty;
    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>Reasons the rules gave when the application was submitted (informative; approval checks again).</summary>
    public string[] EligibilityAtSubmission { get; private set; } = [];

    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string[] RejectionReasons { get; private set; } = [];
    public string? DecisionNote { get; private set; }

    /// <summary>The benefit reserved by the approval (zero before it, and again once cancelled).</summary>
    public Money Reserved { get; private set; }

    public Money DisbursedTotal { get; private set; }

    public DateTimeOffset? AppealedAt { get; private set; }
    public string? AppealedBy { get; private set; }
    public string? AppealGrounds { get; private set; }
    public string? AppealDecidedBy { get; private set; }
    public DateTimeOffset? AppealDecidedAt { get; private set; }
    public bool? AppealAllowed { get; private set; }
    public string? AppealNote { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }
    public string? CancelledBy { get; private set; }
    public string? CancellationReason { get; private set; }
    public uint Version { get; private set; }

    public static AidApplication Submit(
        Programme programme, Beneficiary beneficiary, TargetGroup? targetGroup, ApplicationOrigin origin, string recordedBy,
        DateTimeOffset now, Provenance? openedBy = null, Guid? referralId = null)
    {
        if (programme.Status != ProgrammeStatus.Active)
            throw new DomainRuleException("programme-not-active", $"The programme is {programme.Status}; applications are taken only while it is active.");
        var reasons = Eligibility.Evaluate(programme.Rules, beneficiary, DateOnly.FromDateTime(now.UtcDateTime));
        return new AidApplication
        {
            Id = Guid.CreateVersion7(now),
            Region = programme.Region,
            ProgrammeId = programme.Id,
            BeneficiaryId = beneficiary.Id,
            TargetGroup = targetGroup,
            Status = ApplicationStatus.Submitted,
            Origin = origin,
            OpenedBy = openedBy,
            ReferralId = referralId,
            RecordedBy = recordedBy,
            SubmittedAt = now,
            EligibilityAtSubmission = reasons.Select(r => r.Code).ToArray(),
            Reserved = Money.Zero(programme.Budget.Currency),
            DisbursedTotal = Money.Zero(programme.Budget.Currency),
        };
    }

    /// <summary>Approval: the rules must pass now, and the benefit is reserved by the caller (programme locked).</summary>
    public void Approve(string officer, IReadOnlyList<EligibilityReason> reasonsNow, Money benefit, DateTimeOffset now)
    {
        RequireStatus("approved", ApplicationStatus.Submitted);
        RequireNotRecorder(officer, "approve");
        RequireEligible(reasonsNow);
        GrantApproval(benefit);
        DecidedBy = officer;
        DecidedAt = now;
    }

    /// <summary>Rejection keeps every reason the rules gave, plus the officer's own when they refuse for another reason.</summary>
    public void Reject(string officer, IReadOnlyList<EligibilityReason> reasonsNow, string? note, DateTimeOffset now)
    {
        RequireStatus("rejected", ApplicationStatus.Submitted);
        RequireNotRecorder(officer, "reject");
        var codes = reasonsNow.Select(r => r.Code).ToList();
        if (codes.Count == 0)
        {
            if (string.IsNullOrWhiteSpace(note))
                throw new DomainRuleException("rejection-reason-required", "The rules found no reason to reject: give yours in the note.");
            codes.Add(Eligibility.OfficerDecision);
        }
        Status = ApplicationStatus.Rejected;
        RejectionReasons = codes.ToArray();
        DecisionNote = note;
        DecidedBy = officer;
        DecidedAt = now;
    }

    public void Appeal(string appellant, string grounds, DateTimeOffset now)
    {
        if (Status != ApplicationStatus.Rejected)
            throw new DomainRuleException("invalid-transition", "Only a rejected application can be appealed.");
        if (AppealedAt is not null)
            throw new DomainRuleException("appeal-already-used", "A rejection can be appealed only once.");
        Status = ApplicationStatus.UnderAppeal;
        AppealedAt = now;
        AppealedBy = appellant;
        AppealGrounds = grounds;
    }

    /// <summary>Another officer than the one who rejected (and than the recorder) decides; allowing re-checks the rules.</summary>
    public void DecideAppeal(string officer, bool allow, IReadOnlyList<EligibilityReason> reasonsNow, Money benefit, string? note, DateTimeOffset now)
    {
        RequireStatus("decided on appeal", ApplicationStatus.UnderAppeal);
        if (string.Equals(officer, DecidedBy, StringComparison.Ordinal))
            throw new DomainRuleException("maker-checker", "The officer who rejected the application cannot decide its appeal.");
        RequireNotRecorder(officer, "decide the appeal of");
        if (allow)
        {
            RequireEligible(reasonsNow);
            GrantApproval(benefit);
        }
        else
        {
            Status = ApplicationStatus.Rejected;
        }
        AppealAllowed = allow;
        AppealDecidedBy = officer;
        AppealDecidedAt = now;
        AppealNote = note;
    }

    /// <summary>Cancels an application that paid nothing yet; returns the reservation to give back to the budget.</summary>
    public Money Cancel(string by, string? reason, DateTimeOffset now)
    {
        RequireStatus("cancelled", ApplicationStatus.Submitted, ApplicationStatus.UnderAppeal, ApplicationStatus.Approved);
        if (DisbursedTotal.Amount > 0)
            throw new DomainRuleException("already-disbursed", "Part of the benefit was paid out; the application can no longer be cancelled.");
        var released = Reserved;
        Status = ApplicationStatus.Cancelled;
        Reserved = Money.Zero(Reserved.Currency);
        CancelledAt = now;
        CancelledBy = by;
        CancellationReason = reason;
        return released;
    }

    /// <summary>Records a payment against the reservation; the application is Disbursed when all of it is paid.</summary>
    public void RecordDisbursement(string officer, Money amount)
    {
        RequireStatus("disbursed", ApplicationStatus.Approved);
        RequireNotRecorder(officer, "record a disbursement on");
        var total = DisbursedTotal + amount; // throws on mixed currencies
        if (total.Amount > Reserved.Amount)
            throw new DomainRuleException("over-disbursement",
                $"Only {(Reserved - DisbursedTotal)} remains to be disbursed on this application.");
        DisbursedTotal = total;
        if (DisbursedTotal == Reserved) Status = ApplicationStatus.Disbursed;
    }

    private void GrantApproval(Money benefit)
    {
        if (benefit.Currency != Reserved.Currency)
            throw new DomainRuleException("currency.mixed", "The benefit is in another currency than the application.");
        Status = ApplicationStatus.Approved;
        Reserved = benefit;
    }

    private static void RequireEligible(IReadOnlyList<EligibilityReason> reasons)
    {
        if (reasons.Count > 0)
            throw new DomainRuleException("not-eligible", "The rules refuse this beneficiary: " + string.Join(" ", reasons.Select(r => r.Message)));
    }

    private void RequireNotRecorder(string officer, string action)
    {
        if (string.Equals(officer, RecordedBy, StringComparison.Ordinal))
            throw new DomainRuleException("maker-checker", $"Whoever recorded an application cannot {action} it.");
    }

    private void RequireStatus(string target, params ApplicationStatus[] allowed)
    {
        if (!allowed.Contains(Status))
            throw new DomainRuleException("invalid-transition", $"A {Status} application cannot be {target}.");
    }
}
