using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Domain;

public enum InspectionStatus { Scheduled, InProgress, Completed, Cancelled }

public enum Answer { Compliant, NonCompliant, NotApplicable }

/// <summary>
/// A visit to a workplace: Scheduled → InProgress → Completed | Cancelled. It answers the checklist version it was
/// scheduled with; findings (violations, recommendations, supplies handed out) are recorded while it is in progress.
/// </summary>
public sealed class Inspection
{
    private readonly List<ChecklistAnswer> _answers = [];
    private readonly List<Violation> _violations = [];
    private readonly List<Recommendation> _recommendations = [];
    private readonly List<SupplyHandout> _supplies = [];

    private Inspection() { }

    public Guid Id { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public Guid WorkplaceId { get; private set; }
    public Guid ChecklistTemplateId { get; private set; }
    public Guid? CampaignId { get; private set; }
    public List<string> Inspectors { get; private set; } = [];
    public DateOnly ScheduledOn { get; private set; }
    public InspectionStatus Status { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public string? CancellationReason { get; private set; }
    public decimal? ComplianceScore { get; private set; }

    /// <summary>Set on a follow-up: the inspection whose critical violation required it, and the date it is due by.</summary>
    public Guid? FollowUpOf { get; private set; }
    public DateOnly? FollowUpDueOn { get; private set; }

    /// <summary>When FollowUpOverdue was raised for this follow-up (raised once).</summary>
    public DateTimeOffset? OverdueRaisedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<ChecklistAnswer> Answers => _answers;
    public IReadOnlyList<Violation> Violations => _violations;
    public IReadOnlyList<Recommendation> Recommendations => _recommendations;
    public IReadOnlyList<SupplyHandout> Supplies => _supplies;

    public bool IsFollowUp => FollowUpOf is not null;

    public static Inspection Schedule(
        Workplace workplace, ChecklistTemplate template, IReadOnlyList<string> inspectors, DateOnly scheduledOn,
        Guid? campaignId, string by, DateTimeOffset now, Guid? followUpOf = null, DateOnly? followUpDueOn = null)
    {
        workplace.EnsureActive();
        if (template.Region != workplace.Region)
            throw new DomainRuleException("template-of-another-region", "The checklist belongs to another region.");
        if (inspectors.Count == 0) throw ValidationException.For("inspectors", "must name at least one inspector.");
        return new Inspection
        {
            Id = Guid.CreateVersion7(now),
            Region = workplace.Region,
            WorkplaceId = workplace.Id,
            ChecklistTemplateId = template.Id,
            CampaignId = campaignId,
            Inspectors = inspectors.Distinct().ToList(),
            ScheduledOn = scheduledOn,
            Status = InspectionStatus.Scheduled,
            FollowUpOf = followUpOf,
            FollowUpDueOn = followUpDueOn,
            CreatedBy = by,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    public void Start(DateTimeOffset now)
    {
        if (Status != InspectionStatus.Scheduled)
            throw new DomainRuleException("inspection-not-scheduled", $"Only a scheduled inspection can start; this one is {Status}.");
        Status = InspectionStatus.InProgress;
        StartedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Answers (or re-answers) checklist items of the version this inspection started with.</summary>
    public void AnswerItems(ChecklistTemplate template, IEnumerable<(string ItemCode, Answer Answer, string? Note)> answers, DateTimeOffset now)
    {
        EnsureInProgress("answer checklist items");
        EnsureTemplate(template);
        foreach (var (itemCode, answer, note) in answers)
        {
            if (template.Item(itemCode) is null)
                throw new DomainRuleException("item-not-in-template", $"Item {itemCode} is not in version {template.Version} of checklist {template.Code}.");
            var existing = _answers.FirstOrDefault(a => a.ItemCode == itemCode);
            if (existing is null) _answers.Add(new ChecklistAnswer(Id, itemCode, answer, note, now));
            else existing.Change(answer, note, now);
        }
        UpdatedAt = now;
    }

    public Violation RecordViolation(
        ChecklistTemplate template, ViolationCategory category, Severity severity, string description, string? provision,
        string? itemCode, DateOnly? correctiveDeadline, Money? penalty, DateTimeOffset now)
    {
        EnsureInProgress("record violations");
        EnsureTemplate(template);
        if (itemCode is not null && template.Item(itemCode) is null)
            throw new DomainRuleException("item-not-in-template", $"Item {itemCode} is not in version {template.Version} of checklist {template.Code}.");
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (severity != Severity.Minor && correctiveDeadline is null)
            throw ValidationException.For("correctiveDeadline", "is required for major and critical violations.");
        if (correctiveDeadline < today)
            throw ValidationException.For("correctiveDeadline", "must not be in the past.");
        var violation = Violation.Record(this, category, severity, description, provision, itemCode, correctiveDeadline, penalty, now);
        _violations.Add(violation);
        UpdatedAt = now;
        return violation;
    }

    public Recommendation Recommend(RecommendationKind kind, string text, DateTimeOffset now)
    {
        EnsureInProgress("record recommendations");
        var recommendation = new Recommendation(Guid.CreateVersion7(now), Id, kind, text, now);
        _recommendations.Add(recommendation);
        UpdatedAt = now;
        return recommendation;
    }

    /// <summary>Counts supplies handed out during the visit; the same item twice adds up.</summary>
    public SupplyHandout HandOut(SupplyItem item, int quantity, DateTimeOffset now)
    {
        EnsureInProgress("count supplies handed out");
        if (quantity <= 0) throw ValidationException.For("quantity", "must be more than 0.");
        var existing = _supplies.FirstOrDefault(s => s.Item == item);
        if (existing is null) _supplies.Add(existing = new SupplyHandout(Id, item, 0));
        existing.Add(quantity);
        UpdatedAt = now;
        return existing;
    }

    /// <summary>
    /// Completes the visit: every item must be answered; the compliance score is computed. When a critical violation
    /// was found, returns the date a follow-up inspection is due by.
    /// </summary>
    public DateOnly? Complete(ChecklistTemplate template, int followUpGraceDays, DateTimeOffset now)
    {
        EnsureInProgress("complete it");
        EnsureTemplate(template);
        var missing = template.Items.Select(i => i.Code).Except(_answers.Select(a => a.ItemCode)).ToList();
        if (missing.Count > 0)
            throw new DomainRuleException("checklist-incomplete", $"Answer every checklist item first; unanswered: {string.Join(", ", missing)}.");
        ComplianceScore = Domain.ComplianceScore.Compute(template, _answers);
        Status = InspectionStatus.Completed;
        CompletedAt = now;
        UpdatedAt = now;
        return RequiredFollowUpDueOn(followUpGraceDays, DateOnly.FromDateTime(now.UtcDateTime));
    }

    /// <summary>Due date of the follow-up a critical violation requires: its latest corrective deadline plus a grace period to check it.</summary>
    public DateOnly? RequiredFollowUpDueOn(int graceDays, DateOnly today)
    {
        var critical = _violations.Where(v => v.Severity == Severity.Critical).ToList();
        if (critical.Count == 0) return null;
        var latest = critical.Max(v => v.CorrectiveDeadline ?? today);
        return (latest < today ? today : latest).AddDays(graceDays);
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        if (Status is InspectionStatus.Completed or InspectionStatus.Cancelled)
            throw new DomainRuleException("inspection-closed", $"A {Status} inspection cannot be cancelled.");
        Status = InspectionStatus.Cancelled;
        CancellationReason = reason;
        CancelledAt = now;
        UpdatedAt = now;
    }

    /// <summary>A follow-up still open after its due date is overdue; it is raised once.</summary>
    public bool IsOverdueOn(DateOnly today) =>
        FollowUpDueOn is { } due && due < today && Status is InspectionStatus.Scheduled or InspectionStatus.InProgress;

    public bool MarkOverdueRaised(DateOnly today, DateTimeOffset now)
    {
        if (OverdueRaisedAt is not null || !IsOverdueOn(today)) return false;
        OverdueRaisedAt = now;
        UpdatedAt = now;
        return true;
    }

    private void EnsureInProgress(string action)
    {
        if (Status != InspectionStatus.InProgress)
            throw new DomainRuleException("inspection-not-in-progress", $"Only an inspection in progress can {action}; this one is {Status}.");
    }

    private void EnsureTemplate(ChecklistTemplate template)
    {
        if (template.Id != ChecklistTemplateId)
            throw new InvalidOperationException("The inspection answers the checklist version it was scheduled with.");
    }
}

public sealed class ChecklistAnswer
{
    private ChecklistAnswer() { }

    internal ChecklistAnswer(Guid inspectionId, string itemCode, Answer answer, string? note, DateTimeOffset at)
    {
        InspectionId = inspectionId;
        ItemCode = itemCode;
        Answer = answer;
        Note = note;
        AnsweredAt = at;
    }

    public Guid InspectionId { get; private set; }
    public string ItemCode { get; private set; } = string.Empty;
    public Answer Answer { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset AnsweredAt { get; private set; }

    internal void Change(Answer answer, string? note, DateTimeOffset at)
    {
        Answer = answer;
        Note = note;
        AnsweredAt = at;
    }
}

public enum RecommendationKind { RemoteWork, SupplyPpe, Training, Ventilation, Distancing, Other }

public sealed class Recommendation
{
    private Recommendation() { }

    internal Recommendation(Guid id, Guid inspectionId, RecommendationKind kind, string text, DateTimeOffset at)
    {
        Id = id;
        InspectionId = inspectionId;
        Kind = kind;
        Text = text;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid InspectionId { get; private set; }
    public RecommendationKind Kind { get; private set; }
    public string Text { get; private set; } = string.Empty;
    public DateTimeOffset RecordedAt { get; private set; }
}

public enum SupplyItem { Masks, Sanitiser, Gloves, FirstAidKits, Leaflets, Other }

public sealed class SupplyHandout
{
    private SupplyHandout() { }

    internal SupplyHandout(Guid inspectionId, SupplyItem item, int quantity)
    {
        InspectionId = inspectionId;
        Item = item;
        Quantity = quantity;
    }

    public Guid InspectionId { get; private set; }
    public SupplyItem Item { get; private set; }
    public int Quantity { get; private set; }

    internal void Add(int quantity) => Quantity += quantity;
}
