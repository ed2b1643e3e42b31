using LabourWelfare.SharedKernel;

namespace LabourWelfare.Mediation.Domain;

/// <summary>
/// A mediation case (appeal) of a region's reconciliation centre. Its details are confidential: only the assigned
/// mediator, the region's supervisors and the parties see them (<see cref="CaseConfidentiality"/>).
/// Consultations are free: a case carries no fee.
/// </summary>
public sealed class MediationCase
{
    private readonly List<CaseParty> _parties = [];

    private MediationCase() { }

    public Guid Id { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public string Number { get; private set; } = string.Empty;
    public int Year { get; private set; }
    public int Sequence { get; private set; }
    public CaseCategory Category { get; private set; }
    public CaseChannel Channel { get; private set; }

    /// <summary>What the dispute is about, in the applicant's words (confidential).</summary>
    public string? Summary { get; private set; }

    /// <summary>Language the sessions should be held in, when the parties need one (fa, ru, kk…).</summary>
    public string? Language { get; private set; }

    public CaseStatus Status { get; private set; }
    public Guid? MediatorId { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }

    /// <summary>When the outcome was recorded: the end of the time to resolution.</summary>
    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }
    public CaseOutcome? Outcome { get; private set; }
    public SettlementTerms? Settlement { get; private set; }
    public Referral? Referral { get; private set; }
    public string? OutcomeNote { get; private set; }

    /// <summary>Set when an inspection referred the case: the workplace and employer of the violation.</summary>
    public Guid? WorkplaceId { get; private set; }

    public string? EmployerName { get; private set; }
    public Guid? InspectionId { get; private set; }
    public Guid? ViolationId { get; private set; }

    /// <summary>The event that opened the case, when an event did.</summary>
    public Provenance? OpenedBy { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<CaseParty> Parties => _parties;
    public CaseParty? Applicant => _parties.FirstOrDefault(p => p.Role == PartyRole.Applicant);
    public CaseParty? Respondent => _parties.FirstOrDefault(p => p.Role == PartyRole.Respondent);

    /// <summary>Opens a case at intake (walk-in, phone, online).</summary>
    public static MediationCase Open(
        CaseNumber number, CaseCategory category, CaseChannel channel, Party applicant, Party respondent,
        string? summary, string? language, string createdBy, DateTimeOffset now)
    {
        if (channel == CaseChannel.InspectionReferral)
            throw new DomainRuleException("channel-reserved", "Cases referred from an inspection are opened by the inspection's event.");
        var @case = New(number, category, channel, summary, language, createdBy, now);
        @case._parties.Add(CaseParty.Create(@case.Id, PartyRole.Applicant, applicant, now));
        @case._parties.Add(CaseParty.Create(@case.Id, PartyRole.Respondent, respondent, now));
        return @case;
    }

    /// <summary>
    /// Opens a case referred from an inspection's violation: the employer is the respondent; the applicant (the worker)
    /// is added by an officer once the centre has reached them.
    /// </summary>
    public static MediationCase OpenFromInspection(
        CaseNumber number, CaseCategory category, Guid workplaceId, string employerName, Guid inspectionId, Guid violationId,
        Provenance openedBy, DateTimeOffset now)
    {
        var @case = New(number, category, CaseChannel.InspectionReferral, null, null, $"event:{openedBy.EventType}", now);
        @case.WorkplaceId = workplaceId;
        @case.EmployerName = employerName;
        @case.InspectionId = inspectionId;
        @case.ViolationId = violationId;
        @case.OpenedBy = openedBy;
        @case._parties.Add(CaseParty.Create(@case.Id, PartyRole.Respondent,
            new Party(PartyKind.Organisation, employerName, null, null), now));
        return @case;
    }

    private static MediationCase New(
        CaseNumber number, CaseCategory category, CaseChannel channel, string? summary, string? language, string createdBy,
        DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            Region = number.Region,
            Number = number.ToString(),
            Year = number.Year,
            Sequence = number.Sequence,
            Category = category,
            Channel = channel,
            Summary = summary,
            Language = language?.Trim().ToLowerInvariant(),
            Status = CaseStatus.Received,
            ReceivedAt = now,
            CreatedBy = createdBy,
            UpdatedAt = now,
        };

    /// <summary>Sets (or corrects) the applicant while the case is still open and before an outcome.</summary>
    public void SetApplicant(Party applicant, DateTimeOffset now)
    {
        if (Status is not (CaseStatus.Received or CaseStatus.Assigned or CaseStatus.InSession))
            throw new DomainRuleException("case-not-open", "Parties can be changed only before the outcome is recorded.");
        if (Applicant is { } existing) existing.Set(applicant);
        else _parties.Add(CaseParty.Create(Id, PartyRole.Applicant, applicant, now));
        UpdatedAt = now;
    }

    /// <summary>Assigns (or reassigns, before any session) a mediator, after the assignment rules accept them.</summary>
    public void Assign(Mediator mediator, int openCaseload, IEnumerable<ConflictOfInterest> conflicts, DateTimeOffset now)
    {
        CaseTransitions.Ensure(Status, CaseStatus.Assigned);
        if (Applicant is null)
            throw new DomainRuleException("case-has-no-applicant", "Add the applicant before assigning a mediator.");
        AssignmentRules.EnsureCanTake(mediator, this, openCaseload, conflicts);
        MediatorId = mediator.Id;
        AssignedAt = now;
        Status = CaseStatus.Assigned;
        UpdatedAt = now;
    }

    /// <summary>Sessions are held with the assigned mediator; the first one puts the case in session.</summary>
    public void EnsureCanScheduleSession()
    {
        if (Status is not (CaseStatus.Assigned or CaseStatus.InSession))
            throw new DomainRuleException("case-not-in-mediation", "Sessions are scheduled only for assigned cases that have no outcome yet.");
    }

    public void SessionScheduled(DateTimeOffset now)
    {
        EnsureCanScheduleSession();
        if (Status == CaseStatus.InSession) return;
        Status = CaseStatus.InSession;
        UpdatedAt = now;
    }

    /// <summary>
    /// Records how the mediation ended. A settlement needs its terms; a referral is only for a case not settled.
    /// </summary>
    public void RecordOutcome(CaseOutcome outcome, SettlementTerms? settlement, Referral? referral, string? note, DateTimeOffset now)
    {
        CaseTransitions.Ensure(Status, CaseTransitions.StatusOf(outcome));
        if (outcome == CaseOutcome.Settled && settlement is null)
            throw new DomainRuleException("settlement-terms-required", "A settled case records the terms the parties agreed.");
        if (outcome != CaseOutcome.Settled && settlement is not null)
            throw new DomainRuleException("settlement-terms-not-allowed", "Only a settled case has settlement terms.");
        if (referral is not null && outcome != CaseOutcome.NotSettled)
            throw new DomainRuleException("referral-not-allowed", "Only a case that was not settled can be referred on.");
        settlement?.EnsureConsistent();
        Outcome = outcome;
        Settlement = settlement;
        Referral = referral;
        OutcomeNote = note;
        Status = CaseTransitions.StatusOf(outcome);
        ResolvedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Refers a case that ended without settlement to a court or the labour dispute board (once).</summary>
    public void Refer(Referral referral, DateTimeOffset now)
    {
        if (Outcome != CaseOutcome.NotSettled)
            throw new DomainRuleException("referral-not-allowed", "Only a case that was not settled can be referred on.");
        if (Referral is not null)
            throw new DomainRuleException("already-referred", "The case was referred already.");
        Referral = referral;
        UpdatedAt = now;
    }

    public void Close(DateTimeOffset now)
    {
        CaseTransitions.Ensure(Status, CaseStatus.Closed);
        Status = CaseStatus.Closed;
        ClosedAt = now;
        UpdatedAt = now;
    }

    /// <summary>
    /// The worker Welfare aid should help: the applicant of a dismissal case closed without settlement, when a person
    /// with a national id. Nobody otherwise.
    /// </summary>
    public Party? DismissedWorker() =>
        Status == CaseStatus.Closed && Outcome == CaseOutcome.NotSettled && Category == CaseCategory.LabourDismissal &&
        Applicant is { Kind: PartyKind.Person, NationalId: not null } applicant
            ? applicant.ToParty()
            : null;
}
