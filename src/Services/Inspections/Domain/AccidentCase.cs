using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Domain;

public enum AccidentSeverity { Minor, Serious, Fatal }

public enum AccidentKind { Accident, OccupationalDisease }

public enum AccidentStatus { Reported, UnderInvestigation, Closed }

public enum RootCauseCategory { UnsafeAct, UnsafeCondition, MissingPpe, MachineryFailure, Training, Organisation, Other }

/// <summary>A person injured in an accident. National id validated for the region's country; personal data.</summary>
public sealed record InjuredPersonRecord(string NationalId, string FullName, AccidentSeverity InjurySeverity);

/// <summary>An occupational accident (or disease) case file: Reported → UnderInvestigation → Closed with its root cause.</summary>
public sealed class AccidentCase
{
    private AccidentCase() { }

    public Guid Id { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public Guid WorkplaceId { get; private set; }

    /// <summary>The workplace's sector when the accident happened, so statistics do not move when a workplace is reclassified.</summary>
    public Sector Sector { get; private set; }
    public AccidentKind Kind { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public AccidentSeverity Severity { get; private set; }
    public string Description { get; private set; } = string.Empty;
    public List<InjuredPersonRecord> Injured { get; private set; } = [];

    /// <summary>The injured people's national ids, indexed, so a citizen finds the files that concern them.</summary>
    public List<string> InjuredNationalIds { get; private set; } = [];
    public AccidentStatus Status { get; private set; }
    public string? Investigator { get; private set; }
    public DateTimeOffset? InvestigationStartedAt { get; private set; }
    public RootCauseCategory? RootCauseCategory { get; private set; }
    public string? RootCause { get; private set; }
    public List<string> CorrectiveActions { get; private set; } = [];
    public DateTimeOffset? ClosedAt { get; private set; }
    public string ReportedBy { get; private set; } = string.Empty;
    public DateTimeOffset ReportedAt { get; private set; }
    public uint Version { get; private set; }

    public static AccidentCase Report(
        Workplace workplace, AccidentKind kind, DateTimeOffset occurredAt, AccidentSeverity severity, string description,
        IReadOnlyList<InjuredPersonRecord> injured, string by, DateTimeOffset now)
    {
        if (occurredAt > now) throw ValidationException.For("occurredAt", "must not be in the future.");
        if (injured.Count == 0) throw ValidationException.For("injured", "must name at least one injured person.");
        if (injured.GroupBy(i => i.NationalId).Any(g => g.Count() > 1))
            throw ValidationException.For("injured", "names the same person twice.");
        return new AccidentCase
        {
            Id = Guid.CreateVersion7(now),
            Region = workplace.Region,
            WorkplaceId = workplace.Id,
            Sector = workplace.Sector,
            Kind = kind,
            OccurredAt = occurredAt,
            Severity = severity,
            Description = description,
            Injured = injured.ToList(),
            InjuredNationalIds = injured.Select(i => i.NationalId).ToList(),
            Status = AccidentStatus.Reported,
            ReportedBy = by,
            ReportedAt = now,
        };
    }

    /// <summary>The file's severity is its worst injury's, whatever the reporter typed.</summary>
    public static AccidentSeverity WorstOf(AccidentSeverity reported, IEnumerable<InjuredPersonRecord> injured) =>
        injured.Select(i => i.InjurySeverity).Append(reported).Max();

    public void StartInvestigation(string investigator, DateTimeOffset now)
    {
        if (Status != AccidentStatus.Reported)
            throw new DomainRuleException("accident-not-reported", $"Only a reported case file can go under investigation; this one is {Status}.");
        Status = AccidentStatus.UnderInvestigation;
        Investigator = investigator;
        InvestigationStartedAt = now;
    }

    public void Close(RootCauseCategory category, string rootCause, IReadOnlyList<string> correctiveActions, DateTimeOffset now)
    {
        if (Status != AccidentStatus.UnderInvestigation)
            throw new DomainRuleException("accident-not-under-investigation", $"Only a case file under investigation can be closed; this one is {Status}.");
        if (correctiveActions.Count == 0) throw ValidationException.For("correctiveActions", "must name at least one corrective action.");
        RootCauseCategory = category;
        RootCause = rootCause;
        CorrectiveActions = correctiveActions.ToList();
        Status = AccidentStatus.Closed;
        ClosedAt = now;
    }

    public bool Concerns(string? nationalId) => nationalId is not null && InjuredNationalIds.Contains(nationalId);
}
