using System.Text.Json;
using LabourWelfare.TestSupport;
using LabourWelfare.TestSupport.Messaging;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LabourWelfare.Messaging.Tests;

/// <summary>
/// A backlog must not make each relay batch slower: the claim reads its batch off the outbox's index instead of
/// sorting every waiting row (which it did, once per batch, when it was ordered by sequence alone).
/// </summary>
public sealed class RelayClaimPlanTests
{
    [Fact]
    public async Task With_a_backlog_the_relay_claims_its_batch_from_the_index_without_sorting_the_outbox()
    {
        await using var database = TestDatabase.Create("msg");
        await MessagingTestHost.CreateDatabaseAsync(database);
        // As the owner: ANALYZE (the statistics a production table has) is the owner's to run.
        await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
        await connection.OpenAsync();
        var table = MessagingModelBuilderExtensions.OutboxTable;
        await using (var fill = new NpgsqlCommand(
            $"INSERT INTO {table} (id, message_type, body, created_at, attempts, next_attempt_at) " +
            "SELECT gen_random_uuid(), 'ProbeEvent', '{\"payload\": \"waiting\"}', now(), 0, now() - interval '1 minute' + g * interval '1 ms' " +
            $"FROM generate_series(1, 20000) g; ANALYZE {table};", connection))
        {
            await fill.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + OutboxRelay<DbContext>.ClaimSql.Replace("{0}", "200"), connection);
        var plan = (string)(await explain.ExecuteScalarAsync())!;

        var nodes = NodeTypes(JsonDocument.Parse(plan).RootElement[0].GetProperty("Plan")).ToList();
        Assert.DoesNotContain("Sort", nodes);
        Assert.DoesNotContain("Seq Scan", nodes);
        Assert.Contains("Index Scan", nodes);
    }

    private static IEnumerable<string> NodeTypes(JsonElement node)
    {
        yield return node.GetProperty("Node Type").GetString()!;
        if (!node.TryGetProperty("Plans", out var children)) yield break;
        foreach (var child in children.EnumerateArray())
            foreach (var type in NodeTypes(child)) yield return type;
    }
}
