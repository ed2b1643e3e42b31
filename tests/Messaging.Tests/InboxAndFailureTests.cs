using System.Diagnostics.Metrics;
using System.Diagnostics;
using System.Text.Json;
using LabourWelfare.TestSupport;
using LabourWelfare.TestSupport.Messaging;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Messaging.Tests;

/// <summary>Consumers: duplicates change nothing, poison messages are dead-lettered and replayable, database outages retry.</summary>
public sealed class InboxAndFailureTests
{
    private static ProbeEvent NewEvent(string payload, int sequence = 0)
    {
        var now = DateTimeOffset.UtcNow;
        return new ProbeEvent(Guid.CreateVersion7(), now, "fars", null, sequence, payload, now);
    }

    [Fact]
    public async Task A_message_delivered_twice_has_one_effect()
    {
        await using var scenario = await MessagingScenario.CreateAsync();
        // One message at a time, so the marker is applied only after both copies were handled.
        await using var host = await MessagingTestHost.StartAsync(scenario.Database.ConnectionString, scenario.VirtualHost.AmqpUri,
            settings: new Dictionary<string, string> { ["Messaging:ConcurrentMessageLimit"] = "1" });
        await using var probe = await EventProbe.StartAsync(scenario.VirtualHost.AmqpUri);
        await Eventually.Until(async () => await host.HealthStatusAsync() == 200, "the consumer is connected");

        var duplicate = NewEvent("ok", 1);
        await probe.PublishAsync(duplicate, duplicate.EventId);
        await probe.PublishAsync(duplicate, duplicate.EventId);
        var marker = NewEvent("ok", 2);
        await probe.PublishAsync(marker, marker.EventId);

        await Eventually.Until(async () => await host.WithDbAsync(db => db.Effects.AnyAsync(e => e.EventId == marker.EventId)), "the marker is applied");
        Assert.Equal(1, await host.WithDbAsync(db => db.Effects.CountAsync(e => e.EventId == duplicate.EventId)));
        Assert.Equal(2, await host.WithDbAsync(db => db.Set<InboxMessage>().CountAsync()));
    }

    [Fact]
    public async Task A_poison_message_goes_to_the_error_queue_while_the_others_pass_and_can_be_replayed()
    {
        await using var scenario = await MessagingScenario.CreateAsync();
        await using var host = await MessagingTestHost.StartAsync(scenario.Database.ConnectionString, scenario.VirtualHost.AmqpUri);
        await using var probe = await EventProbe.StartAsync(scenario.VirtualHost.AmqpUri);
        host.Behaviour.PoisonPayloads.Add("poison");
        await Eventually.Until(async () => await host.HealthStatusAsync() == 200, "the consumer is connected");

        var poison = NewEvent("poison");
        await probe.PublishAsync(poison, poison.EventId);
        for (var i = 0; i < 10; i++)
        {
            var ok = NewEvent("ok", i);
            await probe.PublishAsync(ok, ok.EventId);
        }

        await Eventually.Until(async () => await host.EffectCountAsync() == 10, "the healthy messages pass");
        var errorQueue = await Eventually.Get(scenario.ErrorQueueAsync, "an error queue exists");
        await Eventually.Until(async () => await scenario.VirtualHost.Management.QueueDepthAsync(scenario.VirtualHost.Name, errorQueue) == 1,
            "the poison message is dead-lettered", TimeSpan.FromSeconds(60));
        Assert.True(host.Behaviour.Attempts >= 6, $"the poison message should be retried before dead-lettering ({host.Behaviour.Attempts} attempts)");
        var deadLetter = (await scenario.VirtualHost.Management.PeekAsync(scenario.VirtualHost.Name, errorQueue)).Single();
        var headers = deadLetter.GetProperty("properties").GetProperty("headers");
        Assert.Contains("refuses payload", headers.GetProperty("MT-Fault-Message").GetString());

        // The fault is fixed: the documented replay command moves the message back and it is applied once.
        host.Behaviour.Heal();
        var replay = await ReplayAsync(scenario.VirtualHost.Name, errorQueue);
        Assert.True(replay.ExitCode == 0, replay.Output);
        await Eventually.Until(async () => await host.WithDbAsync(db => db.Effects.AnyAsync(e => e.EventId == poison.EventId)),
            "the replayed message is applied", TimeSpan.FromSeconds(60));
        Assert.Equal(11, await host.EffectCountAsync());
    }

    [Fact]
    public async Task A_database_outage_is_retried_until_the_database_returns_and_never_dead_lettered()
    {
        await using var scenario = await MessagingScenario.CreateAsync();
        await using var host = await MessagingTestHost.StartAsync(scenario.DatabaseViaProxy(), scenario.VirtualHost.AmqpUri);
        await using var probe = await EventProbe.StartAsync(scenario.VirtualHost.AmqpUri);
        using var outageRetries = new RetryCounter("database-outage");
        await Eventually.Until(async () => await host.HealthStatusAsync() == 200, "the service is healthy");

        scenario.DatabaseProxy!.Cut();
        await Eventually.Until(async () => await host.HealthStatusAsync() == 503, "/health reports the lost database");
        var events = Enumerable.Range(0, 5).Select(i => NewEvent("ok", i)).ToList();
        foreach (var e in events) await probe.PublishAsync(e, e.EventId);
        // Every message is retried more often than an ordinary fault ever is (5 retries, then the error queue), and
        // still nothing is dead-lettered. (Only this test cuts a database in this process, so the count is its own.)
        await Eventually.Until(() => outageRetries.Count >= events.Count * 7,
            "each message is retried more than five times", TimeSpan.FromSeconds(90));
        Assert.Null(await scenario.ErrorQueueAsync()); // MassTransit creates the error queue at the first dead letter

        scenario.DatabaseProxy.Restore();
        await Eventually.Until(async () => await host.EffectCountAsync() == 5, "every message is applied once the database is back", TimeSpan.FromSeconds(60));
        Assert.Null(await scenario.ErrorQueueAsync());
    }

    private static async Task<(int ExitCode, string Output)> ReplayAsync(string vhost, string errorQueue)
    {
        var script = Path.Combine(TestEnvironment.RepositoryRoot, "eng", "replay-errors.sh");
        var start = new ProcessStartInfo("bash", [script, "--vhost", vhost, errorQueue])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["LW_RABBITMQ_MANAGEMENT"] = TestEnvironment.RabbitMqManagement.ToString();
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    /// <summary>Listens to the messaging.consume.retries counter of this process for one reason.</summary>
    private sealed class RetryCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _count;

        public RetryCounter(string reason)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument is { Meter.Name: RetryMetrics.MeterName, Name: RetryMetrics.InstrumentName }) listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                    if (tag is { Key: "reason" } && Equals(tag.Value, reason)) Interlocked.Add(ref _count, value);
            });
            _listener.Start();
        }

        public long Count => Interlocked.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}
