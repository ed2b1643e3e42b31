using LabourWelfare.SharedKernel;

namespace LabourWelfare.Mediation.Domain;

/// <summary>
/// A mediation session in the calendar of the case's mediator. A mediator is never double-booked: the database refuses
/// two scheduled sessions of one mediator whose times overlap (an exclusion constraint), whatever the timing of requests.
/// </summary>
public sealed class Session
{
    public static readonly TimeSpan MaximumLength = TimeSpan.FromHours(8);

    private Session() { }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid MediatorId { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public string? Location { get; private set; }
    public SessionStatus Status { get; private set; }
    public string? CancellationReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = string.Empty;
    public uint Version { get; private set; }

    public static Session Schedule(
        MediationCase @case, DateTimeOffset startsAt, DateTimeOffset endsAt, string? location, string createdBy, DateTimeOffset now)
    {
        @case.EnsureCanScheduleSession();
        if (@case.MediatorId is not { } mediatorId)
            throw new DomainRuleException("case-not-in-mediation", "The case has no mediator.");
        if (endsAt <= startsAt || endsAt - startsAt > MaximumLength)
            throw new DomainRuleException("session-times-invalid", "A session ends after it starts and lasts at most 8 hours.");
        if (startsAt < now)
            throw new DomainRuleException("session-in-the-past", "Sessions are scheduled in the future.");
        var session = new Session
        {
            Id = Guid.CreateVersion7(now),
            CaseId = @case.Id,
            MediatorId = mediatorId,
            Region = @case.Region,
            StartsAt = startsAt.ToUniversalTime(),
            EndsAt = endsAt.ToUniversalTime(),
            Location = location,
            Status = SessionStatus.Scheduled,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
        @case.SessionScheduled(now);
        return session;
    }

    /// <summary>Half-open intervals: a session ending at 10:00 does not clash with one starting at 10:00.</summary>
    public bool Overlaps(DateTimeOffset startsAt, DateTimeOffset endsAt) => StartsAt < endsAt && startsAt < EndsAt;

    public void Cancel(string reason)
    {
        if (Status == SessionStatus.Cancelled)
            throw new DomainRuleException("session-already-cancelled", "The session was cancelled already.");
        Status = SessionStatus.Cancelled;
        CancellationReason = reason;
    }
}
