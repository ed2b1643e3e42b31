namespace LabourWelfare.Messaging;

/// <summary>How consumers take messages from RabbitMQ and apply them (section "Inbox"; measured in docs/benchmarks.md).</summary>
public sealed class InboxOptions
{
    /// <summary>
    /// Messages RabbitMQ hands a consumer before it acknowledges (per endpoint). Enough to fill a batch while the
    /// previous one commits; every message in flight is unacknowledged, so a crash redelivers them.
    /// </summary>
    public int PrefetchCount { get; set; } = 128;

    /// <summary>Most messages applied in one transaction. 1 gives every message a transaction of its own.</summary>
    public int MaxBatchSize { get; set; } = 64;

    /// <summary>
    /// Transactions in flight at once per service. Handlers of one batch run one after another, so this is also how
    /// many handlers run in parallel: a handler that makes several round trips (Welfare aid's referral intake) needs
    /// as many as MassTransit's default concurrency gave it (16), or events queue up (docs/benchmarks.md, load test).
    /// </summary>
    public int ConcurrentBatches { get; set; } = 16;
}
