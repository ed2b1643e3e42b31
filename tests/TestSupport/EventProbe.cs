using System.Collections.Concurrent;
using System.Diagnostics;
using LabourWelfare.Contracts;
using MassTransit;

namespace LabourWelfare.TestSupport;

/// <summary>An event as a partner would receive it: the message, its broker message id and the trace it carried.</summary>
public sealed record ReceivedEvent(object Message, Guid? MessageId, string? TraceId);

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
            _received.Enqueue(new ReceivedEvent(context.Message, context.MessageId, Activity.Current?.TraceId.ToHexString()));
            return Task.CompletedTask;
        });

    public Task PublishAsync<T>(T message, Guid? messageId = null) where T : class =>
        _bus.Publish(message, context => { if (messageId is not null) context.MessageId = messageId; });

    /// <summary>Waits until an event of this type matching the predicate has arrived.</summary>
    public async Task<T> WaitForAsync<T>(Func<T, bool>? predicate = null, TimeSpan? timeout = null) where T : class
    {
        T? found = null;
        await Eventually.Until(() => (found = Of<T>().FirstOrDefault(m => predicate?.Invoke(m) ?? true)) is not null,
            $"a {typeof(T).Name} arrives", timeout);
        return found!;
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
