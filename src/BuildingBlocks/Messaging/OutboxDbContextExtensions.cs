using System.Diagnostics;
using System.Text.Json;
using LabourWelfare.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Messaging;

public static class OutboxDbContextExtensions
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Queues an event in the outbox. It is written by the next SaveChanges, in the same transaction as the change
    /// that caused it, and published by the relay after the commit.
    /// </summary>
    public static void AddEvent<TEvent>(this DbContext db, TEvent @event) where TEvent : class, IIntegrationEvent
    {
        var activity = Activity.Current;
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = @event.EventId,
            MessageType = OutboxTypeNames.NameOf(typeof(TEvent)),
            Body = JsonSerializer.Serialize(@event, Json),
            TraceParent = activity?.Id is { } id && activity.IdFormat == ActivityIdFormat.W3C ? id : null,
            TraceState = activity?.TraceStateString,
            CreatedAt = DateTimeOffset.UtcNow,
            NextAttemptAt = DateTimeOffset.UtcNow,
        });
    }

    /// <summary>The correlation id for a new event: the current trace id, so partners can tie a chain together.</summary>
    public static string? CurrentCorrelationId() => Activity.Current?.TraceId.ToHexString();
}

/// <summary>Stable type names for outbox rows: "Namespace.Type, Assembly" (no version, so upgrades still resolve).</summary>
internal static class OutboxTypeNames
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Type?> Cache = new();

    public static string NameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type? Resolve(string name) => Cache.GetOrAdd(name, static n => Type.GetType(n, throwOnError: false));
}
