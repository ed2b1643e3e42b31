using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Domain;

public enum CooperativeSector { Production, Agriculture, Housing, Consumer, Services, RenewableEnergy, Credit }

public enum CooperativeStatus { Founding, Registered, Active, Suspended, Dissolved }

/// <summary>Why a cooperative was suspended; travels as a kebab-case code in CooperativeSuspended (no free text).</summary>
public enum SuspensionReason { BelowMinimumMembers, MissingAnnualReturns, Irregularities, CourtOrder, MembersResolution, Other }

public enum DissolutionReason { MembersResolution, CourtOrder, Merger, Bankruptcy, Inactivity, Other }

/// <summary>
/// A cooperative in a region's registry. Its registration number is unique in its region. It is opened as a founding
/// file, registered once the region's minimum of founding members is on it, and then moves only along
/// <see cref="CooperativeLifecycle"/>. Member counts are never stored here: they are counted from the members.
/// </summary>
public sealed class Cooperative
{
    private Cooperative() { }

    public Guid Id { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public string RegistrationNumber { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    /// <summary>Name and number normalised for search (digits, Arabic letter forms, case).</summary>
    public string SearchKey { get; private set; } = string.Empty;
    public CooperativeSector Sector { get; private set; }
    public string? County { get; private set; }
    public CooperativeStatus Status { get; private set; }
    public DateOnly? RegisteredOn { get; private set; }
    public DateOnly? ActivatedOn { get; private set; }
    public DateOnly? SuspendedOn { get; private set; }
    public SuspensionReason? SuspensionReason { get; private set; }
    public DateOnly? DissolvedOn { get; private set; }
    public DissolutionReason? DissolutionReason { get; private set; }
    /// <summary>Set while active membership is below the regional minimum (the flag); cleared when it recovers.</summary>
    public DateOnly? BelowMinimumSince { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = string.Empty;

    /// <summary>PostgreSQL xmin: the ETag of the record.</summary>
    public uint Version { get; private set; }

    public bool IsFlaggedBelowMinimum => BelowMinimumSince is not null;

    /// <summary>Opens a founding file: no event yet, founders are added, then it is registered.</summary>
    public static Cooperative Found(
        string region, string registrationNumber, string name, CooperativeSector sector, string? county,
        string createdBy, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            Region = region,
            RegistrationNumber = NormalizeRegistrationNumber(registrationNumber),
            Name = name,
            SearchKey = SearchKeyOf(name, registrationNumber),
            Sector = sector,
            County = county,
            Status = CooperativeStatus.Founding,
            CreatedAt = now,
            CreatedBy = createdBy,
        };

    /// <summary>Founding → Registered, only with at least the region's minimum of founding members.</summary>
    public void Register(int activeFounders, int regionalMinimum, DateOnly today)
    {
        CooperativeLifecycle.EnsureCanMove(Status, CooperativeStatus.Registered);
        if (activeFounders < regionalMinimum)
            throw new DomainRuleException("founding-members-below-minimum",
                $"Registration needs at least {regionalMinimum} founding members; the file has {activeFounders}.");
        Status = CooperativeStatus.Registered;
        RegisteredOn = today;
    }

    /// <summary>Registered → Active: the cooperative has started operating.</summary>
    public void Activate(DateOnly today)
    {
        CooperativeLifecycle.EnsureCanMove(Status, CooperativeStatus.Active);
        if (Status == CooperativeStatus.Suspended)
            throw new DomainRuleException("use-reinstate", "A suspended cooperative is reinstated, not activated.");
        Status = CooperativeStatus.Active;
        ActivatedOn = today;
    }

    public void Suspend(SuspensionReason reason, DateOnly today)
    {
        CooperativeLifecycle.EnsureCanMove(Status, CooperativeStatus.Suspended);
        Status = CooperativeStatus.Suspended;
        SuspendedOn = today;
        SuspensionReason = reason;
    }

    /// <summary>Suspended → Active, only with at least the regional minimum of active members.</summary>
    public void Reinstate(int activeMembers, int regionalMinimum, DateOnly today)
    {
        if (Status != CooperativeStatus.Suspended)
            throw new DomainRuleException("transition-not-allowed", $"Only a suspended cooperative can be reinstated; this one is {Status}.");
        if (activeMembers < regionalMinimum)
            throw new DomainRuleException("members-below-minimum",
                $"Reinstatement needs at least {regionalMinimum} active members; the cooperative has {activeMembers}.");
        Status = CooperativeStatus.Active;
        ActivatedOn ??= today;
        SuspendedOn = null;
        SuspensionReason = null;
    }

    public void Dissolve(DateOnly dissolvedOn, DissolutionReason reason, DateOnly today)
    {
        CooperativeLifecycle.EnsureCanMove(Status, CooperativeStatus.Dissolved);
        if (dissolvedOn > today)
            throw ValidationException.For("dissolvedOn", "must not be in the future.");
        if (RegisteredOn is { } registered && dissolvedOn < registered)
            throw ValidationException.For("dissolvedOn", "must not be before the registration date.");
        Status = CooperativeStatus.Dissolved;
        DissolvedOn = dissolvedOn;
        DissolutionReason = reason;
    }

    public void Rename(string name, string? county)
    {
        if (Status == CooperativeStatus.Dissolved)
            throw new DomainRuleException("cooperative-dissolved", "A dissolved cooperative's record is closed.");
        Name = name;
        County = county;
        SearchKey = SearchKeyOf(name, RegistrationNumber);
    }

    /// <summary>Members join and leave until the cooperative is dissolved.</summary>
    public void EnsureMembersCanChange()
    {
        if (Status == CooperativeStatus.Dissolved)
            throw new DomainRuleException("cooperative-dissolved", "A dissolved cooperative's membership is closed.");
    }

    /// <summary>
    /// Re-evaluates the flag after membership changed (or the regional minimum did). Only registered cooperatives are
    /// held to the minimum: a founding file is still gathering founders, a dissolved one is closed.
    /// </summary>
    public void ReviewMembership(int activeMembers, int regionalMinimum, DateOnly fellBelowOn)
    {
        var heldToMinimum = Status is CooperativeStatus.Registered or CooperativeStatus.Active or CooperativeStatus.Suspended;
        if (!heldToMinimum || activeMembers >= regionalMinimum) BelowMinimumSince = null;
        else BelowMinimumSince ??= fellBelowOn;
    }

    /// <summary>Six months below the minimum while operating means suspension (the scheduled check applies it).</summary>
    public bool IsDueForMembershipSuspension(DateOnly today) =>
        Status is CooperativeStatus.Registered or CooperativeStatus.Active
        && BelowMinimumSince is { } since
        && today >= MembershipRule.SuspensionDate(since);

    /// <summary>Registration numbers are compared in ASCII digits, upper case, whatever digits were typed.</summary>
    public static string NormalizeRegistrationNumber(string value) =>
        DigitNormalizer.NormalizeDigits(value.Trim()).ToUpperInvariant();

    public static string SearchKeyOf(string name, string registrationNumber) =>
        DigitNormalizer.NormalizeForSearch($"{name} {registrationNumber}");
}
