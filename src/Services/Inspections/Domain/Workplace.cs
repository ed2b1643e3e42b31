using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Domain;

public enum Sector { Industry, Services, Agriculture, Construction }

public enum WorkplaceStatus { Active, Retired }

/// <summary>A production unit, factory or site liable to inspection.</summary>
public sealed class Workplace
{
    private Workplace() { }

    public Guid Id { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public string? County { get; private set; }
    public Sector Sector { get; private set; }
    public int WorkforceSize { get; private set; }
    public string EmployerName { get; private set; } = string.Empty;
    public string RegistrationNumber { get; private set; } = string.Empty;
    public WorkplaceStatus Status { get; private set; }
    public DateOnly? RetiredOn { get; private set; }

    /// <summary>The cooperative this workplace belongs to, when it was registered from CooperativeRegistered.</summary>
    public Guid? CooperativeId { get; private set; }

    /// <summary>The event that opened this record, when an event did.</summary>
    public Provenance? OpenedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public uint Version { get; private set; }

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
        RegistrationNumber = registrationNumber,
        Status = WorkplaceStatus.Active,
        CooperativeId = cooperativeId,
        OpenedBy = openedBy,
        CreatedAt = now,
    };

    /// <summary>Cooperative sectors map onto the four inspection sectors.</summary>
    public static Sector FromCooperativeSector(string cooperativeSector) => cooperativeSector switch
    {
        "agriculture" => Sector.Agriculture,
        "housing" => Sector.Construction,
        "production" or "renewable-energy" => Sector.Industry,
        _ => Sector.Services,
    };
}
