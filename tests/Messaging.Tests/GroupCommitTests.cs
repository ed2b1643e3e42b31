using LabourWelfare.TestSupport;
using LabourWelfare.TestSupport.Messaging;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Messaging.Tests;

/// <summary>
/// Group commit: messages that arrive while an inbox transaction is in flight are applied together in the next one,
/// each still exactly once. PostgreSQL's xmin (the id of the transaction that wrote a row) tells how many
/// transactions the inbox used.
/// </summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task Messages_that_arrive_together_share_inbox_transactions_and_each_is_applied_once()
    {
        const int count = 100;
        await using var scenario = await MessagingScenario.CreateAsync();
        // One transaction in flight at a time, so whatever arrives meanwhile has to wait for the next one.
        await using var host = await MessagingTestHost.StartAsync(scenario.Database.ConnectionString, scenario.VirtualHost.AmqpUri,
            settings: new Dictionary<string, string> { ["Inbox:ConcurrentBatches"] = "1" });
        await using var probe = await EventProbe.StartAsync(scenario.VirtualHost.AmqpUri);
        await Eventually.Until(async () => await host.HealthStatusAsync() == 200, "the consumer is connected");

        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var message = new ProbeEvent(Guid.CreateVersion7(), now, "fars", null, i, "ok", now);
            await probe.PublishAsync(message, message.EventId);
        }

        await Eventually.Until(async () => await host.EffectCountAsync() == count, $"all {count} messages are applied");
        var inboxRows = await host.WithDbAsync(db => db.Set<InboxMessage>().CountAsync());
        Assert.Equal(count, inboxRows);
        Assert.Equal(count, await host.WithDbAsync(db => db.Effects.Select(e => e.EventId).Distinct().CountAsync()));

        var transactions = await host.WithDbAsync(db =>
        {
            var table = db.Model.FindEntityType(typeof(InboxMessage))!.GetTableName();
            // The table name comes from the model, not from input.
            var sql = "SELECT count(DISTINCT xmin::text) AS \"Value\" FROM \"" + table + "\"";
            return db.Database.SqlQueryRaw<long>(sql).SingleAsync();
        });
        Assert.True(transactions < count, $"{count} messages that arrived together used {transactions} inbox transactions; group commit should share them");
    }
}
