namespace LabourWelfare.Messaging;

public sealed class OutboxOptions
{
    /// <summary>Rows claimed and published in one transaction.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Batches a service relays at once: one is published while another waits for its confirms and commit.</summary>
    public int ConcurrentBatches { get; set; } = 2;

    /// <summary>How often the relay looks without a signal (rows of a crashed replica, retries that fell due).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one batch may wait for the broker's confirms before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Upper bound of the backoff while the broker or the database is unreachable.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Inbox rows older than this are deleted; redeliveries come within minutes, not weeks.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(14);
}
