using LabourWelfare.SharedKernel;

namespace LabourWelfare.Mediation.Domain;

/// <summary>
/// Who is on one side of a case: a person (name and validated national id) or an organisation (name, optional
/// registration number). National ids are personal data: shown masked to anyone but the person and the case's officers.
/// </summary>
public sealed record Party(PartyKind Kind, string Name, string? NationalId, string? RegistrationNumber)
{
    /// <summary>Organisation names compared for conflicts of interest: normalised letters and digits, case-insensitive.</summary>
    public string? OrganisationKey => Kind == PartyKind.Organisation ? DigitNormalizer.NormalizeForSearch(Name) : null;
}

/// <summary>A party as stored: one row per side of a case, so changes to it are audited like any record.</summary>
public sealed class CaseParty
{
    private CaseParty() { }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public PartyRole Role { get; private set; }
    public PartyKind Kind { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public string? NationalId { get; private set; }
    public string? RegistrationNumber { get; private set; }

    public Party ToParty() => new(Kind, Name, NationalId, RegistrationNumber);

    internal static CaseParty Create(Guid caseId, PartyRole role, Party party, DateTimeOffset now)
    {
        var row = new CaseParty { Id = Guid.CreateVersion7(now), CaseId = caseId, Role = role };
        row.Set(party);
        return row;
    }

    internal void Set(Party party)
    {
        Kind = party.Kind;
        Name = party.Name;
        NationalId = party.NationalId;
        RegistrationNumber = party.RegistrationNumber;
    }
}
