using System.Diagnostics;
using System.Text.Json;
using LabourWelfare.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Messaging;

public static class OutboxDbContextExtensions
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Queues an event in the outbox with its envelope filled here, once for every event: a time-ordered id
    /// (<see cref="Guid.CreateVersion7(DateTimeOffset)"/> of <paramref name="occurredAt"/>), the occurrence time, the
    /// record's region and the current trace id as correlation id. It is written by the next SaveChanges, in the same
    /// transaction as the change that caused it, and published by the relay after the commit. Returns the event as queued.
    /// </summary>
    public static TEvent AddEvent<TEvent>(this DbContext db, TEvent @event, string region, DateTimeOffset occurredAt)
        where TEvent : IntegrationEvent
    {
        var stamped = (TEvent)(@event with
        {
            EventId = Guid.CreateVersion7(occurredAt),
            OccurredAt = occurredAt,
            Region = region,
            CorrelationId = Activity.Current?.TraceId.ToHexString(),
        });
        var activity = Activity.Current;
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = stamped.EventId,
            MessageType = OutboxTypeNames.NameOf(typeof(TEvent)),
            Body = JsonSerializer.Serialize(stamped, Json),
            TraceParent = activity?.Id is { } id && activity.IdFormat == ActivityIdFormat.W3C ? id : null,
            TraceState = activity?.TraceStateString,
            CreatedAt = DateTimeOffset.UtcNow,
            NextAttemptAt = DateTimeOffset.UtcNow,
        });
        return stamped;
    }
}

/// <summary>Stable type names for outbox rows: "Namespace.Type, Assembly" (no version, so upgrades still resolve).</summary>
internal static class OutboxTypeNames
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Type?> Cache = new();

    public static string NameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type? Resolve(string name) => Cache.GetOrAdd(name, static n => Type.GetType(n, throwOnError: false));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, string[]> WireTypes = new();

    /// <summary>
    /// The envelope's messageType of an event: MassTransit's list without the types marked
    /// [ExcludeFromImplementedTypes] (the IntegrationEvent base record), so partners read "&lt;event&gt;, IIntegrationEvent".
    /// </summary>
    public static string[] MessageTypesOnTheWire(Type type) => WireTypes.GetOrAdd(type, static t => MassTransit.MessageTypeCache.GetMessageTypes(t)
        .Where(m => !Attribute.IsDefined(m, typeof(MassTransit.ExcludeFromImplementedTypesAttribute), inherit: false))
        .Select(MassTransit.MessageUrn.ForTypeString).ToArray());
}
