using System.Net;
using System.Net.Http.Json;
using LabourWelfare.TestSupport;
using LabourWelfare.TestSupport.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using System.Data.Common;

namespace LabourWelfare.Messaging.Tests;

/// <summary>The outbox against real PostgreSQL and RabbitMQ: nothing accepted is lost, nothing is applied twice.</summary>
public sealed class OutboxTests
{
    [Fact]
    public async Task Commands_accepted_while_RabbitMQ_is_down_are_applied_exactly_once_after_it_returns()
    {
        await using var scenario = await MessagingScenario.CreateAsync();
        await using var host = await MessagingTestHost.StartAsync(scenario.Database.ConnectionString, scenario.BrokerViaProxy());
        await Eventually.Until(async () => await host.HealthStatusAsync() == 200, "the service is healthy", TimeSpan.FromSeconds(60));

        scenario.BrokerProxy!.Cut();
        await Eventually.Until(async () => await host.HealthStatusAsync() == 503, "/health reports the lost broker");

        var client = host.CreateClient();
        var accepted = new List<Guid>();
        for (var i = 0; i < 200; i++)
        {
            var response = await client.PostAsync("/commands?payload=ok", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            accepted.AddRange((await response.Content.ReadFromJsonAsync<List<Guid>>())!);
        }
        Assert.Equal(200, await host.WithDbAsync(db => db.Commands.CountAsync()));
        Assert.Equal(200, await host.OutboxCountAsync());

        scenario.BrokerProxy.Restore();
        await Eventually.Until(async () => await host.EffectCountAsync() >= 200, "all 200 effects are applied", TimeSpan.FromSeconds(90));
        await Eventually.Until(async () => await host.OutboxCountAsync() == 0, "the outbox is emptied");
        await Eventually.Until(async () => await host.HealthStatusAsync() == 200, "/health recovers by itself", TimeSpan.FromSeconds(60));

        var effects = await host.WithDbAsync(db => db.Effects.Select(e => e.EventId).ToListAsync());
        Assert.Equal(200, effects.Count);
        Assert.Equal(accepted.Order(), effects.Order());
    }

    [Fact]
    public async Task A_relay_that_dies_after_publishing_but_before_committing_loses_nothing_and_applies_nothing_twice()
    {
        await using var scenario = await MessagingScenario.CreateAsync();
        var crash = new CrashOnOutboxDelete();
        await using var probe = await EventProbe.StartAsync(scenario.VirtualHost.AmqpUri, typeof(ProbeEvent));
        await using var host = await MessagingTestHost.StartAsync(scenario.Database.ConnectionString, scenario.VirtualHost.AmqpUri,
            configure: services => services.ConfigureDbContext<ProbeDbContext>(options => options.AddInterceptors(crash)));

        await host.CreateClient().PostAsync("/commands?count=25", null);

        await Eventually.Until(async () => await host.OutboxCountAsync() == 0, "the relay recovers and empties the outbox", TimeSpan.FromSeconds(60));
        await Eventually.Until(async () => await host.EffectCountAsync() >= 25, "every event is applied");
        Assert.True(crash.Crashed, "the relay should have died between publish and commit once");
        // The crashed batch went to the broker twice (before and after the crash): the inbox absorbed the copies.
        await Eventually.Until(() => probe.Of<ProbeEvent>().Select(e => e.EventId).Distinct().Count() == 25, "a partner saw every event");
        Assert.True(probe.Of<ProbeEvent>().Count() > 25, "the crashed batch should have been published again");
        var effects = await host.WithDbAsync(db => db.Effects.GroupBy(e => e.EventId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(25, effects.Count);
        Assert.All(effects, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task Two_relays_on_one_database_never_publish_the_same_row_twice()
    {
        await using var scenario = await MessagingScenario.CreateAsync();
        await using var probe = await EventProbe.StartAsync(scenario.VirtualHost.AmqpUri, typeof(ProbeEvent));
        var settings = new Dictionary<string, string> { ["Outbox:BatchSize"] = "10", ["Outbox:PollInterval"] = "00:00:00.050" };
        await using var replicaA = await MessagingTestHost.StartAsync(scenario.Database.ConnectionString, scenario.VirtualHost.AmqpUri, consume: false, settings: settings);
        await using var replicaB = await MessagingTestHost.StartAsync(scenario.Database.ConnectionString, scenario.VirtualHost.AmqpUri, consume: false, settings: settings);

        // Written from a third context, so neither replica is signalled first: both find the rows by polling.
        await using (var scope = replicaA.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            for (var i = 0; i < 400; i++) await MessagingTestHost.WriteCommandAsync(db, "ok", i);
        }

        await Eventually.Until(async () => await replicaA.OutboxCountAsync() == 0, "the replicas empty the outbox", TimeSpan.FromSeconds(60));
        await Eventually.Until(() => probe.Of<ProbeEvent>().Count() >= 400, "all 400 events arrive");
        var received = probe.Received.Where(r => r.Message is ProbeEvent).Select(r => r.MessageId).ToList();
        Assert.Equal(400, received.Count);
        Assert.Equal(400, received.Distinct().Count());
    }

    [Fact]
    public async Task The_trace_of_the_request_is_the_trace_the_consumer_sees()
    {
        await using var scenario = await MessagingScenario.CreateAsync();
        await using var host = await MessagingTestHost.StartAsync(scenario.Database.ConnectionString, scenario.VirtualHost.AmqpUri);
        var traceId = System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/commands?payload=ok");
        request.Headers.Add("traceparent", $"00-{traceId}-{System.Diagnostics.ActivitySpanId.CreateRandom().ToHexString()}-01");
        (await host.CreateClient().SendAsync(request)).EnsureSuccessStatusCode();

        var effect = await Eventually.Get(() => host.WithDbAsync(db => db.Effects.FirstOrDefaultAsync()), "the event is consumed");
        Assert.Equal(traceId, effect.TraceId);
    }

    /// <summary>Simulates a relay crash: the first DELETE of published rows fails, so its transaction rolls back.</summary>
    private sealed class CrashOnOutboxDelete : DbCommandInterceptor
    {
        private int _crashes;

        public bool Crashed => _crashes > 0;

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.StartsWith("DELETE FROM outbox_messages", StringComparison.Ordinal) && Interlocked.Exchange(ref _crashes, 1) == 0)
                throw new InvalidOperationException("Simulated crash between publish and commit.");
            return ValueTask.FromResult(result);
        }
    }
}
