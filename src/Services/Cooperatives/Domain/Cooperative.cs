using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Domain;

public enum CooperativeSector { Production, Agriculture, Housing, Consumer, Services, RenewableEnergy, Credit }

public enum CooperativeStatus { Founding, Registered, Active, Suspended, Dissolved }

/// <summary>A cooperative in a region's registry. Its registration number is unique in its region.</summary>
public sealed class Cooperative
{
    private Cooperative() { }

    public Guid Id { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public string RegistrationNumber { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public CooperativeSector Sector { get; private set; }
    public string? County { get; private set; }
    public CooperativeStatus Status { get; private set; }
    public DateOnly? RegisteredOn { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = string.Empty;

    /// <summary>PostgreSQL xmin: the ETag of the record.</summary>
    public uint Version { get; private set; }

    public static Cooperative Register(
        string region, string registrationNumber, string name, CooperativeSector sector, string? county,
        DateOnly registeredOn, string registeredBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Region = region,
        RegistrationNumber = registrationNumber,
        Name = name,
        Sector = sector,
        County = county,
        Status = CooperativeStatus.Registered,
        RegisteredOn = registeredOn,
        CreatedAt = now,
        CreatedBy = registeredBy,
    };

    /// <summary>Registration numbers are compared in ASCII digits, upper case, whatever digits were typed.</summary>
    public static string NormalizeRegistrationNumber(string value) =>
        DigitNormalizer.NormalizeDigits(value.Trim()).ToUpperInvariant();
}
