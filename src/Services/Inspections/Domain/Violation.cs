using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Domain;

/// <summary>Violation categories; the labour-rights ones (illegal dismissal, unpaid wages) are referred to mediation.</summary>
public enum ViolationCategory
{
    Hygiene, Ppe, Distancing, FirstAid, FireSafety, MachinerySafety, WorkingHours, ChildLabour,
    IllegalDismissal, UnpaidWages, Other,
}

/// <summary>A finding that broke a rule: its severity, category, the provision it broke and the deadline to correct it.</summary>
public sealed class Violation
{
    private Violation() { }

    public Guid Id { get; private set; }
    public Guid InspectionId { get; private set; }
    public Guid WorkplaceId { get; private set; }
    public ViolationCategory Category { get; private set; }
    public Severity Severity { get; private set; }
    public string Description { get; private set; } = string.Empty;

    /// <summary>The legal provision broken (for the annual report, ILO C81 art. 21).</summary>
    public string? Provision { get; private set; }
    public string? ItemCode { get; private set; }
    public DateOnly? CorrectiveDeadline { get; private set; }

    /// <summary>The fine imposed, in the region's currency; none when the inspector imposed none.</summary>
    public Money? Penalty { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    internal static Violation Record(
        Inspection inspection, ViolationCategory category, Severity severity, string description, string? provision,
        string? itemCode, DateOnly? correctiveDeadline, Money? penalty, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            InspectionId = inspection.Id,
            WorkplaceId = inspection.WorkplaceId,
            Category = category,
            Severity = severity,
            Description = description,
            Provision = provision,
            ItemCode = itemCode,
            CorrectiveDeadline = correctiveDeadline,
            Penalty = penalty,
            RecordedAt = now,
        };
}
