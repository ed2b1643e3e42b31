using System.Text.Json.Serialization;
using LabourWelfare.Contracts;

namespace LabourWelfare.TestSupport.Messaging;

/// <summary>An event used only by the messaging tests and benchmark. <see cref="CommittedAt"/> lets the consumer measure latency.</summary>
public sealed record ProbeEvent(int Sequence, string Payload, DateTimeOffset CommittedAt) : IntegrationEvent
{
    /// <summary>An event with its envelope given, for tests that publish straight to the broker (not through the outbox).</summary>
    [JsonConstructor]
    public ProbeEvent(Guid eventId, DateTimeOffset occurredAt, string region, string? correlationId, int sequence, string payload, DateTimeOffset committedAt)
        : this(sequence, payload, committedAt)
    {
        EventId = eventId;
        OccurredAt = occurredAt;
        Region = region;
        CorrelationId = correlationId;
    }
}
