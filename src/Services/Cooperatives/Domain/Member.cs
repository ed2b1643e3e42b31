using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Domain;

/// <summary>
/// A person's membership of a cooperative: joined (with shares) and possibly left, with dates. Personal data: the
/// national id is validated for the region's country and shown masked to anyone but the member and the region's officers.
/// A person holds at most one open membership per cooperative.
/// </summary>
public sealed class Member
{
    private Member() { }

    public Guid Id { get; private set; }
    public Guid CooperativeId { get; private set; }
    /// <summary>The cooperative's region, kept here so regional counts need no join.</summary>
    public string Region { get; private set; } = string.Empty;
    public string NationalId { get; private set; } = string.Empty;
    public string FullName { get; private set; } = string.Empty;
    public int Shares { get; private set; }
    public bool IsFounder { get; private set; }
    public DateOnly JoinedOn { get; private set; }
    public DateOnly? LeftOn { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public uint Version { get; private set; }

    public bool IsActive => LeftOn is null;

    /// <summary>Joins a person; members who join a founding file are its founders.</summary>
    public static Member Join(Cooperative cooperative, string nationalId, string fullName, int shares, DateOnly joinedOn,
        DateOnly today, DateTimeOffset now)
    {
        cooperative.EnsureMembersCanChange();
        if (joinedOn > today) throw ValidationException.For("joinedOn", "must not be in the future.");
        if (shares < 1) throw ValidationException.For("shares", "must be at least 1.");
        return new Member
        {
            Id = Guid.CreateVersion7(now),
            CooperativeId = cooperative.Id,
            Region = cooperative.Region,
            NationalId = nationalId,
            FullName = fullName,
            Shares = shares,
            IsFounder = cooperative.Status == CooperativeStatus.Founding,
            JoinedOn = joinedOn,
            CreatedAt = now,
        };
    }

    public void Leave(Cooperative cooperative, DateOnly leftOn, DateOnly today)
    {
        cooperative.EnsureMembersCanChange();
        if (LeftOn is not null) throw new DomainRuleException("member-already-left", "This membership has already ended.");
        if (leftOn > today) throw ValidationException.For("leftOn", "must not be in the future.");
        if (leftOn < JoinedOn) throw ValidationException.For("leftOn", "must not be before the join date.");
        LeftOn = leftOn;
    }

    public void ChangeShares(int shares)
    {
        if (LeftOn is not null) throw new DomainRuleException("member-already-left", "A former member's shares cannot change.");
        if (shares < 1) throw ValidationException.For("shares", "must be at least 1.");
        Shares = shares;
    }
}
