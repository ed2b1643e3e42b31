using System.Collections.Concurrent;
using System.Diagnostics;
using LabourWelfare.Contracts;
using MassTransit;

namespace LabourWelfare.TestSupport;

/// <summary>An event as a partner would receive it: the message, its broker message id and the trace it carried.</summary>
/// <param name="Envelope">The body exactly as it arrived (MassTransit's JSON envelope around the event).</param>
/// <param name="Headers">The AMQP headers and properties as they arrived.</param>
public sealed record ReceivedEvent(object Message, Guid? MessageId, string? TraceId, string? Envelope = null,
    IReadOnlyDictionary<string, object?>? Headers = null);

/// <summary>
/// A partner-like listener on a test vhost: one queue bound to every public event exchange, collecting what arrives.
/// Also publishes events into the services under test, with a chosen message id (to prove deduplication).
/// </summary>
public sealed class EventProbe : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedEvent> _received = new();
    private IBusControl _bus = null!;

    public IReadOnlyCollection<ReceivedEvent> Received => _received;

    public IEnumerable<T> Of<T>() => _received.Select(r => r.Message).OfType<T>();

    /// <param name="extraTypes">Event types beyond the public contract (test-only events).</param>
    public static async Task<EventProbe> StartAsync(Uri amqpUri, params Type[] extraTypes)
    {
        TestTracing.EnsureListening();
        var probe = new EventProbe();
        probe._bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(amqpUri);
            cfg.ReceiveEndpoint($"probe-{TestEnvironment.UniqueSuffix()}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                foreach (var type in ContractTypes.Concat(extraTypes))
                {
                    typeof(EventProbe).GetMethod(nameof(AddHandler), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                        .MakeGenericMethod(type).Invoke(probe, [endpoint]);
                }
            });
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await probe._bus.StartAsync(timeout.Token);
        return probe;
    }

    /// <summary>Every public event type of the contract.</summary>
    public static IReadOnlyList<Type> ContractTypes { get; } = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
        .ToList();

    private void AddHandler<T>(IRabbitMqReceiveEndpointConfigurator endpoint) where T : class =>
        endpoint.Handler<T>(context =>
        {
            var headers = context.ReceiveContext.TransportHeaders.GetAll().ToDictionary(h => h.Key, h => (object?)h.Value);
            if (context.ReceiveContext.TryGetPayload<RabbitMqBasicConsumeContext>(out var amqp))
            {
                headers["content_type"] = amqp.Properties.ContentType;
                headers["message_id"] = amqp.Properties.MessageId;
                headers["correlation_id"] = amqp.Properties.CorrelationId;
                headers["delivery_mode"] = (int)amqp.Properties.DeliveryMode;
            }
            var envelope = System.Text.Encoding.UTF8.GetString(context.ReceiveContext.Body.GetBytes());
            _received.Enqueue(new ReceivedEvent(context.Message, context.MessageId, Activity.Current?.TraceId.ToHexString(), envelope, headers));
            return Task.CompletedTask;
        });

    public Task PublishAsync<T>(T message, Guid? messageId = null) where T : class =>
        _bus.Publish(message, context => { if (messageId is not null) context.MessageId = messageId; });

    /// <summary>Waits until an event of this type matching the predicate has arrived.</summary>
    public async Task<T> WaitForAsync<T>(Func<T, bool>? predicate = null, TimeSpan? timeout = null) where T : class
    {
        ReceivedEvent? found = null;
        await Eventually.Until(() => (found = _received.FirstOrDefault(r => r.Message is T m && (predicate?.Invoke(m) ?? true))) is not null,
            $"a {typeof(T).Name} arrives", timeout);
        // What arrived is what a partner gets: it must match docs/asyncapi.yaml, envelope and headers included.
        Contracts.EventCatalogue.Verify(found!);
        return (T)found!.Message;
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}

/// <summary>Makes in-process hosts create activities for every source, as OpenTelemetry does in a running service.</summary>
public static class TestTracing
{
    private static ActivityListener? _listener;

    public static void EnsureListening()
    {
        if (_listener is not null) return;
        var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        if (Interlocked.CompareExchange(ref _listener, listener, null) is null) ActivitySource.AddActivityListener(listener);
    }
}
