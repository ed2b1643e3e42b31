namespace LabourWelfare.Mediation.Domain;

/// <summary>
/// A professional mediator or lawyer of a region's reconciliation centre. <see cref="UserSubject"/> links the record to
/// the person's login: their sign-in name (e.g. mediator.fars), which their token carries as preferred_username, so the
/// assigned mediator is recognised from it. (Not the token's sub: that is the provider's account id, which no
/// supervisor knows.)
/// </summary>
public sealed class Mediator
{
    private Mediator() { }

    public Guid Id { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public string FullName { get; private set; } = string.Empty;
    public string UserSubject { get; private set; } = string.Empty;
    public List<Specialty> Specialties { get; private set; } = [];

    /// <summary>Languages the mediator holds sessions in (BCP 47 codes: fa, ru, kk, en…).</summary>
    public List<string> Languages { get; private set; } = [];

    /// <summary>How many open (assigned or in-session) cases the mediator may carry at once.</summary>
    public int CaseloadLimit { get; private set; }

    public bool Active { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public uint Version { get; private set; }

    public static Mediator Register(
        string region, string fullName, string userSubject, IEnumerable<Specialty> specialties, IEnumerable<string> languages,
        int caseloadLimit, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            Region = region,
            FullName = fullName,
            UserSubject = userSubject,
            Specialties = specialties.Distinct().Order().ToList(),
            Languages = NormalizeLanguages(languages),
            CaseloadLimit = caseloadLimit,
            Active = true,
            CreatedAt = now,
        };

    public void Update(string fullName, IEnumerable<Specialty> specialties, IEnumerable<string> languages, int caseloadLimit, bool active)
    {
        FullName = fullName;
        Specialties = specialties.Distinct().Order().ToList();
        Languages = NormalizeLanguages(languages);
        CaseloadLimit = caseloadLimit;
        Active = active;
    }

    public bool Speaks(string? language) =>
        language is null || Languages.Contains(language.Trim().ToLowerInvariant(), StringComparer.Ordinal);

    public static List<string> NormalizeLanguages(IEnumerable<string> languages) =>
        languages.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
}

/// <summary>
/// A conflict of interest a mediator declared: with one case, a person (national id) or an organisation (name).
/// Declarations are kept for the record and never edited.
/// </summary>
public sealed class ConflictOfInterest
{
    private ConflictOfInterest() { }

    public Guid Id { get; private set; }
    public Guid MediatorId { get; private set; }
    public Guid? CaseId { get; private set; }
    public string? PartyNationalId { get; private set; }
    public string? OrganisationName { get; private set; }

    /// <summary>The organisation name normalised for matching (digits, Arabic letter forms, case).</summary>
    public string? OrganisationKey { get; private set; }

    public string Reason { get; private set; } = string.Empty;
    public DateTimeOffset DeclaredAt { get; private set; }
    public string DeclaredBy { get; private set; } = string.Empty;

    public static ConflictOfInterest Declare(
        Guid mediatorId, Guid? caseId, string? partyNationalId, string? organisationName, string reason, string declaredBy,
        DateTimeOffset now)
    {
        if (caseId is null && partyNationalId is null && string.IsNullOrWhiteSpace(organisationName))
            throw new ArgumentException("A conflict names a case, a person or an organisation.");
        return new ConflictOfInterest
        {
            Id = Guid.CreateVersion7(now),
            MediatorId = mediatorId,
            CaseId = caseId,
            PartyNationalId = partyNationalId,
            OrganisationName = organisationName?.Trim(),
            OrganisationKey = organisationName is null ? null : new Party(PartyKind.Organisation, organisationName, null, null).OrganisationKey,
            Reason = reason,
            DeclaredAt = now,
            DeclaredBy = declaredBy,
        };
    }

    /// <summary>Whether this declaration concerns the case or one of its parties.</summary>
    public bool Concerns(Guid caseId, IEnumerable<Party> parties) =>
        CaseId == caseId || parties.Any(p =>
            (PartyNationalId is not null && p.NationalId == PartyNationalId) ||
            (OrganisationKey is not null && p.OrganisationKey == OrganisationKey));
}
