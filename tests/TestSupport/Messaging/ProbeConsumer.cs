using System.Diagnostics;
using LabourWelfare.Messaging;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace LabourWelfare.TestSupport.Messaging;

/// <summary>Applies a <see cref="ProbeEvent"/> through the inbox; can be told to fail, to exercise retries and dead letters.</summary>
public sealed class ProbeConsumer(ProbeDbContext db, ILogger<ProbeConsumer> logger, ProbeConsumerBehaviour behaviour)
    : InboxConsumer<ProbeEvent, ProbeDbContext>(db, logger)
{
    protected override Task HandleAsync(ProbeEvent message, ConsumeContext<ProbeEvent> context)
    {
        behaviour.RecordAttempt(message.EventId);
        if (behaviour.IsPoison(message.Payload))
            throw new InvalidOperationException($"Probe consumer refuses payload '{message.Payload}'.");
        Db.Effects.Add(new ProbeEffect
        {
            EventId = message.EventId,
            Sequence = message.Sequence,
            TraceId = Activity.Current?.TraceId.ToHexString(),
            LatencyMs = (DateTimeOffset.UtcNow - message.CommittedAt).TotalMilliseconds,
        });
        return Task.CompletedTask;
    }
}

/// <summary>Test switches for the probe consumer (shared per host).</summary>
public sealed class ProbeConsumerBehaviour
{
    private int _attempts;

    /// <summary>Payloads the consumer throws on, until cleared.</summary>
    public HashSet<string> PoisonPayloads { get; } = [];

    public int Attempts => Volatile.Read(ref _attempts);

    public void RecordAttempt(Guid eventId) => Interlocked.Increment(ref _attempts);

    public bool IsPoison(string payload)
    {
        lock (PoisonPayloads) return PoisonPayloads.Contains(payload);
    }

    public void Heal()
    {
        lock (PoisonPayloads) PoisonPayloads.Clear();
    }
}
