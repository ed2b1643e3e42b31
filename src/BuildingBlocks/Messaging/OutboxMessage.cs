using LabourWelfare.Persistence.Auditing;

namespace LabourWelfare.Messaging;

/// <summary>An event waiting in the service's own database to be published. Deleted once the broker confirms it.</summary>
public sealed class OutboxMessage : IPlatformRow
{
    /// <summary>The event id, used as the broker message id so consumers can deduplicate.</summary>
    public Guid Id { get; set; }

    /// <summary>Insertion order; the relay publishes oldest first.</summary>
    public long Sequence { get; set; }

    /// <summary>"Namespace.Type, Assembly" of the event, resolved again by the relay.</summary>
    public string MessageType { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    /// <summary>W3C traceparent of the request that caused the event, so the trace continues through the broker.</summary>
    public string? TraceParent { get; set; }

    public string? TraceState { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LastError { get; set; }
}

/// <summary>A message a consumer has applied; its key makes a second delivery a no-op.</summary>
public sealed class InboxMessage : IPlatformRow
{
    public Guid MessageId { get; set; }

    public string Consumer { get; set; } = string.Empty;

    public string MessageType { get; set; } = string.Empty;

    public DateTimeOffset ProcessedAt { get; set; }
}
