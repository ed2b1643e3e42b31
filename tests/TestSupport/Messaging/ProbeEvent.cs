using LabourWelfare.Contracts;

namespace LabourWelfare.TestSupport.Messaging;

/// <summary>An event used only by the messaging tests and benchmark. <see cref="CommittedAt"/> lets the consumer measure latency.</summary>
public sealed record ProbeEvent(
    Guid EventId, DateTimeOffset OccurredAt, string Region, string? CorrelationId,
    int Sequence, string Payload, DateTimeOffset CommittedAt) : IIntegrationEvent;
