using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LabourWelfare.Messaging;

/// <summary>
/// Publishes outbox rows to RabbitMQ. Claims a batch with FOR UPDATE SKIP LOCKED (replicas never take the same row),
/// publishes with publisher confirms and the row id as message id, deletes what the broker confirmed and reschedules
/// the rest, all in one transaction: a crash before the commit leaves the rows for the next attempt (at-least-once;
/// consumers deduplicate on the message id).
/// </summary>
public sealed class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    public static readonly ActivitySource Source = new("LabourWelfare.Outbox");
    private static readonly Meter Meter = new("LabourWelfare.Outbox");
    private static readonly Counter<long> Published = Meter.CreateCounter<long>("outbox.published", description: "Events confirmed by the broker");
    private static readonly Counter<long> Failed = Meter.CreateCounter<long>("outbox.failed", description: "Publish attempts that failed");

    /// <summary>
    /// Claims the next batch ({0}: its size), earliest due first: the order of ix_outbox_messages_due, so PostgreSQL
    /// reads the batch off the index. Ordered by sequence alone, it sorted every due row for each batch (FOR UPDATE
    /// keeps the sort from stopping at the limit): 44 ms, spilled to disk, per batch with 40,000 rows waiting.
    /// </summary>
    internal const string ClaimSql =
        $"SELECT * FROM {MessagingModelBuilderExtensions.OutboxTable} WHERE next_attempt_at <= now() " +
        "ORDER BY next_attempt_at, sequence LIMIT {0} FOR UPDATE SKIP LOCKED";

    private DateTimeOffset _nextInboxCleanup = DateTimeOffset.MinValue;

    /// <summary>
    /// Runs <see cref="OutboxOptions.ConcurrentBatches"/> relay loops. While one waits for the broker's confirms and its
    /// commit, another claims and publishes the next rows (SKIP LOCKED keeps their batches apart, as between replicas).
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.ConcurrentBatches))
            .Select(loop => Task.Run(() => RelayLoopAsync(cleansInbox: loop == 0, stoppingToken), stoppingToken)));

    private async Task RelayLoopAsync(bool cleansInbox, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var consecutiveFailures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var result = await RelayBatchAsync(stoppingToken);
                if (cleansInbox) await CleanInboxWhenDueAsync(stoppingToken);
                consecutiveFailures = result.Failed > 0 ? consecutiveFailures + 1 : 0;
                if (consecutiveFailures > 0)
                {
                    await Task.Delay(Backoff(consecutiveFailures, settings.MaxBackoff), stoppingToken);
                    continue;
                }
                if (result.Claimed == settings.BatchSize)
                {
                    signal.Notify(); // more rows are waiting: wake a sibling loop to take the next batch meanwhile
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // Database unreachable or similar: nothing was lost (rows stay), so wait and try again.
                consecutiveFailures++;
                logger.LogWarning(ex, "Outbox relay could not run a batch (attempt {Attempt}); retrying", consecutiveFailures);
                await Task.Delay(Backoff(consecutiveFailures, settings.MaxBackoff), stoppingToken);
                continue;
            }
            await signal.WaitAsync(settings.PollInterval, stoppingToken);
        }
    }

    /// <summary>Claims, publishes and settles one batch. Public so tests can drive a relay step by step.</summary>
    public async Task<RelayResult> RelayBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var rows = await db.Set<OutboxMessage>()
            .FromSqlRaw(ClaimSql, settings.BatchSize)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (rows.Count == 0) return new RelayResult(0, 0);

        using var publishTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        publishTimeout.CancelAfter(settings.PublishTimeout);
        var outcomes = await Task.WhenAll(rows.Select(row => PublishAsync(row, publishTimeout.Token)));

        var delivered = rows.Where((_, i) => outcomes[i] is null).Select(r => r.Id).ToArray();
        if (delivered.Length > 0)
        {
            await db.Database.ExecuteSqlRawAsync(
                $"DELETE FROM {MessagingModelBuilderExtensions.OutboxTable} WHERE id = ANY({{0}})",
                [delivered], cancellationToken);
        }
        var failures = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (outcomes[i] is not { } error) continue;
            failures++;
            var row = rows[i];
            var delay = error is PoisonMessageException ? TimeSpan.FromHours(1) : Backoff(row.Attempts + 1, settings.MaxBackoff);
            await db.Database.ExecuteSqlRawAsync(
                $"UPDATE {MessagingModelBuilderExtensions.OutboxTable} SET attempts = attempts + 1, " +
                "next_attempt_at = now() + {0}, last_error = {1} WHERE id = {2}",
                [delay, Truncate(error.Message, 2000), row.Id], cancellationToken);
        }
        await transaction.CommitAsync(CancellationToken.None);

        Published.Add(delivered.Length);
        if (failures > 0)
        {
            Failed.Add(failures);
            logger.LogWarning("Outbox relay published {Delivered} events; {Failed} will be retried: {Error}",
                delivered.Length, failures, outcomes.First(o => o is not null)!.Message);
        }
        return new RelayResult(rows.Count, failures);
    }

    private async Task<Exception?> PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        try
        {
            var type = OutboxTypeNames.Resolve(row.MessageType)
                ?? throw new PoisonMessageException($"Unknown event type '{row.MessageType}'.");
            var message = JsonSerializer.Deserialize(row.Body, type, OutboxDbContextExtensions.Json)
                ?? throw new PoisonMessageException("Empty event body.");

            // Continue the trace of the request that wrote the row, so consumers in other services join it.
            using var activity = StartPublishActivity(row);
            await bus.Publish(message, type, context =>
            {
                context.MessageId = row.Id;
                context.SupportedMessageTypes = OutboxTypeNames.MessageTypesOnTheWire(type);
            }, cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || cancellationToken.IsCancellationRequested)
        {
            return ex is JsonException ? new PoisonMessageException(ex.Message) : ex;
        }
    }

    private static Activity? StartPublishActivity(OutboxMessage row)
    {
        if (row.TraceParent is null || !ActivityContext.TryParse(row.TraceParent, row.TraceState, out var parent))
            return Source.StartActivity("outbox publish", ActivityKind.Internal);
        var activity = Source.StartActivity("outbox publish", ActivityKind.Internal, parent);
        if (activity is not null) return activity;
        // Nobody listens to our source (e.g. telemetry off): a plain Activity still carries the trace to the broker.
        var plain = new Activity("outbox publish");
        plain.SetParentId(row.TraceParent);
        if (row.TraceState is not null) plain.TraceStateString = row.TraceState;
        return plain.Start();
    }

    private async Task CleanInboxWhenDueAsync(CancellationToken cancellationToken)
    {
        if (DateTimeOffset.UtcNow < _nextInboxCleanup) return;
        _nextInboxCleanup = DateTimeOffset.UtcNow.AddMinutes(10);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await db.Database.ExecuteSqlRawAsync(
            $"DELETE FROM {MessagingModelBuilderExtensions.InboxTable} WHERE processed_at < now() - {{0}}",
            [options.Value.InboxRetention], cancellationToken);
    }

    internal static TimeSpan Backoff(int attempt, TimeSpan max)
    {
        var millis = 200 * Math.Pow(2, Math.Min(attempt - 1, 10));
        return TimeSpan.FromMilliseconds(Math.Min(millis, max.TotalMilliseconds));
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];

    private sealed class PoisonMessageException(string message) : Exception(message);
}

public readonly record struct RelayResult(int Claimed, int Failed);
