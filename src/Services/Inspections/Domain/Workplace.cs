using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Domain;

public enum Sector { Industry, Services, Agriculture, Construction }

public enum WorkplaceStatus { Active, Retired }

/// <summary>A production unit, factory or site liable to inspection.</summary>
public sealed class Workplace
{
    /// <summary>Above this many workers a workplace must have one active health ambassador.</summary>
    public const int AmbassadorThreshold = 50;

    private readonly List<HealthAmbassador> _ambassadors = [];
    private readonly List<LabourDispute> _disputes = [];

    private Workplace() { }

    public Guid Id { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public string? County { get; private set; }
    public Sector Sector { get; private set; }
    public int WorkforceSize { get; private set; }
    public string EmployerName { get; private set; } = string.Empty;

    /// <summary>The employer's name as a search key (digits and Arabic letter forms normalised), for matching disputes.</summary>
    public string EmployerKey { get; private set; } = string.Empty;
    public string RegistrationNumber { get; private set; } = string.Empty;
    public WorkplaceStatus Status { get; private set; }
    public DateOnly? RetiredOn { get; private set; }

    /// <summary>The cooperative this workplace belongs to, when it was registered from CooperativeRegistered.</summary>
    public Guid? CooperativeId { get; private set; }

    /// <summary>The event that opened this record, when an event did.</summary>
    public Provenance? OpenedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<HealthAmbassador> Ambassadors => _ambassadors;
    public IReadOnlyList<LabourDispute> Disputes => _disputes;

    public bool RequiresAmbassador => WorkforceSize > AmbassadorThreshold;

    public static Workplace Register(
        string region, string name, string? county, Sector sector, int workforceSize, string employerName,
        string registrationNumber, DateTimeOffset now, Guid? cooperativeId = null, Provenance? openedBy = null) => new()
        {
            Id = Guid.CreateVersion7(now),
            Region = region,
            Name = name,
            County = county,
            Sector = sector,
            WorkforceSize = workforceSize,
            EmployerName = employerName,
            EmployerKey = KeyOf(employerName),
            RegistrationNumber = NormalizeRegistrationNumber(registrationNumber),
            Status = WorkplaceStatus.Active,
            CooperativeId = cooperativeId,
            OpenedBy = openedBy,
            CreatedAt = now,
            UpdatedAt = now,
        };

    public void Update(string name, string? county, Sector sector, int workforceSize, string employerName, DateTimeOffset now)
    {
        EnsureActive();
        Name = name;
        County = county;
        Sector = sector;
        WorkforceSize = workforceSize;
        EmployerName = employerName;
        EmployerKey = KeyOf(employerName);
        UpdatedAt = now;
    }

    /// <summary>A dissolved cooperative's workplace is no longer liable to inspection; its history stays.</summary>
    public void Retire(DateOnly on, DateTimeOffset now)
    {
        if (Status == WorkplaceStatus.Retired) return;
        Status = WorkplaceStatus.Retired;
        RetiredOn = on;
        UpdatedAt = now;
    }

    public bool HasActiveAmbassador(DateOnly today) => _ambassadors.Any(a => a.IsActiveOn(today));

    /// <summary>One active ambassador at a time: a second one is refused until the first one's term ends.</summary>
    public HealthAmbassador AppointAmbassador(string fullName, DateOnly appointedOn, DateOnly? trainedOn, DateTimeOffset now)
    {
        EnsureActive();
        if (_ambassadors.Any(a => a.EndedOn is null))
            throw new DomainRuleException("ambassador-already-active", "The workplace already has an active health ambassador; end that term first.");
        var ambassador = HealthAmbassador.Appoint(Id, fullName, appointedOn, trainedOn, now);
        _ambassadors.Add(ambassador);
        UpdatedAt = now;
        return ambassador;
    }

    public HealthAmbassador EndAmbassador(Guid ambassadorId, DateOnly endedOn, DateTimeOffset now)
    {
        var ambassador = _ambassadors.FirstOrDefault(a => a.Id == ambassadorId) ?? throw new NotFoundException("Health ambassador");
        ambassador.End(endedOn);
        UpdatedAt = now;
        return ambassador;
    }

    /// <summary>A labour dispute with this employer closed without settlement: once per mediation case.</summary>
    public bool RecordUnresolvedDispute(Guid caseId, string caseNumber, string category, DateTimeOffset closedAt, Provenance provenance)
    {
        if (_disputes.Any(d => d.CaseId == caseId)) return false;
        _disputes.Add(LabourDispute.Record(Id, caseId, caseNumber, category, closedAt, provenance));
        UpdatedAt = closedAt;
        return true;
    }

    public void EnsureActive()
    {
        if (Status == WorkplaceStatus.Retired)
            throw new DomainRuleException("workplace-retired", "The workplace is retired and can no longer be changed or inspected.");
    }

    /// <summary>Registration numbers are compared in ASCII digits, upper case, whatever digits were typed.</summary>
    public static string NormalizeRegistrationNumber(string value) => DigitNormalizer.NormalizeDigits(value.Trim()).ToUpperInvariant();

    public static string KeyOf(string employerName) =>
        string.Join(' ', DigitNormalizer.NormalizeForSearch(employerName).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Cooperative sectors map onto the four inspection sectors.</summary>
    public static Sector FromCooperativeSector(string cooperativeSector) => cooperativeSector switch
    {
        "agriculture" => Sector.Agriculture,
        "housing" => Sector.Construction,
        "production" or "renewable-energy" => Sector.Industry,
        _ => Sector.Services,
    };
}

/// <summary>A designated, trained worker who looks after health at a workplace, for a term.</summary>
public sealed class HealthAmbassador
{
    private HealthAmbassador() { }

    public Guid Id { get; private set; }
    public Guid WorkplaceId { get; private set; }
    public string FullName { get; private set; } = string.Empty;
    public DateOnly AppointedOn { get; private set; }
    public DateOnly? TrainedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }

    public bool IsActiveOn(DateOnly day) => AppointedOn <= day && (EndedOn is null || EndedOn > day);

    internal static HealthAmbassador Appoint(Guid workplaceId, string fullName, DateOnly appointedOn, DateOnly? trainedOn, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        WorkplaceId = workplaceId,
        FullName = fullName,
        AppointedOn = appointedOn,
        TrainedOn = trainedOn,
    };

    internal void End(DateOnly endedOn)
    {
        if (EndedOn is not null) throw new DomainRuleException("ambassador-term-ended", "This ambassador's term has already ended.");
        if (endedOn < AppointedOn) throw ValidationException.For("endedOn", "must be on or after the appointment date.");
        EndedOn = endedOn;
    }
}

/// <summary>A labour dispute with the workplace's employer that mediation closed without settlement; it raises the risk score.</summary>
public sealed class LabourDispute
{
    private LabourDispute() { }

    public Guid Id { get; private set; }
    public Guid WorkplaceId { get; private set; }
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = string.Empty;
    public string Category { get; private set; } = string.Empty;
    public DateTimeOffset ClosedAt { get; private set; }
    public Provenance OpenedBy { get; private set; } = null!;

    internal static LabourDispute Record(Guid workplaceId, Guid caseId, string caseNumber, string category, DateTimeOffset closedAt, Provenance provenance) => new()
    {
        Id = Guid.CreateVersion7(closedAt),
        WorkplaceId = workplaceId,
        CaseId = caseId,
        CaseNumber = caseNumber,
        Category = category,
        ClosedAt = closedAt,
        OpenedBy = provenance,
    };
}
