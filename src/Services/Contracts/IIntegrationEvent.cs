using System.Text.Json.Serialization;
using MassTransit;

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

/// <summary>
/// Exchange names are "labourwelfare.&lt;event&gt;.v&lt;major&gt;", written <c>[EntityName(EventNames.Prefix + "&lt;event&gt;.v1")]</c>;
/// a breaking change gets a new type and exchange.
/// </summary>
public static class EventNames
{
    public const string Prefix = "labourwelfare.";
}

/// <summary>
/// The base of every public event: the envelope (id, time, region, correlation) as init-only properties, so an event's
/// positional parameters are its body and the outbox (AddEvent) fills the envelope in one place. The envelope keeps its
/// place at the start of the JSON. Excluded from MassTransit's topology and message types, so no exchange is declared
/// for it and the wire's messageType stays "&lt;event&gt;, IIntegrationEvent".
/// </summary>
[ExcludeFromTopology]
[ExcludeFromImplementedTypes]
public abstract record IntegrationEvent : IIntegrationEvent
{
    /// <inheritdoc/>
    [JsonPropertyOrder(-4)]
    public Guid EventId { get; init; }

    /// <inheritdoc/>
    [JsonPropertyOrder(-3)]
    public DateTimeOffset OccurredAt { get; init; }

    /// <inheritdoc/>
    [JsonPropertyOrder(-2)]
    public string Region { get; init; } = "";

    /// <inheritdoc/>
    [JsonPropertyOrder(-1)]
    public string? CorrelationId { get; init; }
}
