namespace LabourWelfare.Contracts;

/// <summary>
/// What every public event carries. <see cref="EventId"/> is also the message id on the bus, so consumers
/// deduplicate on it. Events carry no more personal data than their receivers need.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>Unique id of this occurrence; equal to the broker message id.</summary>
    Guid EventId { get; }

    /// <summary>When the fact happened (UTC).</summary>
    DateTimeOffset OccurredAt { get; }

    /// <summary>Region code of the record (fars, ilam, ardabil, qom, almaty, …).</summary>
    string Region { get; }

    /// <summary>Correlates a chain of events that started from one request (the W3C trace id when there is one).</summary>
    string? CorrelationId { get; }
}

/// <summary>Exchange names are "labourwelfare.&lt;event&gt;.v&lt;major&gt;"; a breaking change gets a new type and exchange.</summary>
public static class EventNames
{
    public const string Prefix = "labourwelfare.";
}
