using LabourWelfare.Persistence;
using LabourWelfare.Persistence.Auditing;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace LabourWelfare.Messaging;

/// <summary>One consumed message waiting for its transaction.</summary>
/// <param name="Handle">Runs the consumer's handler with the services (DbContext, …) of the batch's scope.</param>
internal sealed record InboxWork(
    Guid MessageId, string Consumer, string MessageType, Activity? Activity,
    Func<IServiceProvider, Task> Handle, CancellationToken CancellationToken)
{
    public TaskCompletionSource<InboxOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

internal enum InboxOutcome { Applied, AlreadyApplied }

/// <summary>
/// Group commit for inbox consumers. Messages that arrive while a transaction is in flight are applied together in
/// the next one: one multi-row inbox insert claims them all (duplicates are skipped per message, as before), each
/// handler runs and saves in turn, and one durable commit covers the lot. Nothing waits for a batch to fill: at a
/// low rate every message gets a transaction of its own, as it did before, so latency does not grow.
/// <para>
/// Guarantees stay per message. Each message's consume call completes only after the commit that holds its effect,
/// so MassTransit acknowledges nothing early. A batch that fails is applied again one message per transaction, so a
/// failing message fails (and is retried and dead-lettered by its endpoint) alone; a database outage fails every
/// message of the batch at once, to be retried until the database returns.
/// </para>
/// </summary>
internal sealed class InboxBatcher<TDbContext> : IAsyncDisposable
    where TDbContext : DbContext
{
    private static readonly Histogram<int> BatchSizes = InboxMetrics.Meter.CreateHistogram<int>(InboxMetrics.BatchSizeInstrument,
        unit: "{message}", description: "Messages applied in one inbox transaction");

    private readonly IServiceScopeFactory _scopes;
    private readonly InboxOptions _options;
    private readonly ILogger _logger;
    private readonly Channel<InboxWork> _queue = Channel.CreateUnbounded<InboxWork>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lazy<Task[]> _workers;

    public InboxBatcher(IServiceScopeFactory scopes, IOptions<InboxOptions> options, ILogger<InboxBatcher<TDbContext>> logger)
    {
        (_scopes, _options, _logger) = (scopes, options.Value, logger);
        // Started by the first message, so a host that only publishes runs no workers.
        _workers = new Lazy<Task[]>(() => Enumerable.Range(0, Math.Max(1, _options.ConcurrentBatches))
            .Select(_ => Task.Run(WorkAsync)).ToArray());
    }

    public Task<InboxOutcome> ApplyAsync(InboxWork work)
    {
        _ = _workers.Value;
        if (!_queue.Writer.TryWrite(work)) throw new ObjectDisposedException("inbox batcher");
        return work.Completion.Task;
    }

    private async Task WorkAsync()
    {
        var batch = new List<InboxWork>(_options.MaxBatchSize);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(_stopping.Token))
            {
                batch.Clear();
                while (batch.Count < _options.MaxBatchSize && _queue.Reader.TryRead(out var work))
                {
                    if (work.CancellationToken.IsCancellationRequested) work.Completion.TrySetCanceled(work.CancellationToken);
                    else batch.Add(work);
                }
                if (batch.Count > 0) await ApplyBatchAsync(batch);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        foreach (var work in batch) work.Completion.TrySetCanceled(); // no-op for a batch that completed
    }

    private async Task ApplyBatchAsync(List<InboxWork> batch)
    {
        try
        {
            var outcomes = await ApplyInOneTransactionAsync(batch);
            BatchSizes.Record(batch.Count);
            for (var i = 0; i < batch.Count; i++) batch[i].Completion.TrySetResult(outcomes[i]);
        }
        catch (Exception ex) when (batch.Count > 1 && !TransientFaults.IsDatabaseOutage(ex))
        {
            // Which message failed is not known: apply each alone, so only the failing one fails.
            _logger.LogDebug(ex, "A batch of {Count} inbox messages failed; applying them one by one", batch.Count);
            foreach (var work in batch)
            {
                try
                {
                    work.Completion.TrySetResult((await ApplyInOneTransactionAsync([work]))[0]);
                }
                catch (Exception single)
                {
                    work.Completion.TrySetException(single);
                }
            }
        }
        catch (Exception ex)
        {
            foreach (var work in batch) work.Completion.TrySetException(ex);
        }
    }

    private async Task<InboxOutcome[]> ApplyInOneTransactionAsync(IReadOnlyList<InboxWork> batch)
    {
        var cancellationToken = _stopping.Token;
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        // No savepoint around each handler's SaveChanges (two round trips each): a failure rolls the whole batch back
        // and it is applied again one message per transaction, so a savepoint would never be rolled back to.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var claimed = await ClaimAsync(db, transaction, batch, cancellationToken);
        var outcomes = new InboxOutcome[batch.Count];
        var previous = Activity.Current;
        try
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var work = batch[i];
                if (!claimed.Remove((work.MessageId, work.Consumer)))
                {
                    outcomes[i] = InboxOutcome.AlreadyApplied; // applied before, or a copy earlier in this batch
                    continue;
                }
                // The handler sees its own message's trace (and the audit trail its own event) as if it ran alone.
                Activity.Current = work.Activity;
                db.ChangeTracker.Clear();
                using (AuditActor.Use($"event:{work.MessageType}:{work.MessageId}"))
                {
                    await work.Handle(scope.ServiceProvider);
                    await db.SaveChangesAsync(cancellationToken);
                }
                outcomes[i] = InboxOutcome.Applied;
            }
        }
        finally
        {
            Activity.Current = previous;
        }
        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    /// <summary>
    /// Inserts one inbox row per message and returns the keys that were new. Keys are inserted in a fixed order so two
    /// batches holding the same messages wait for each other instead of deadlocking; a key that another transaction
    /// holds blocks until that one commits, then counts as taken.
    /// </summary>
    private static async Task<HashSet<(Guid, string)>> ClaimAsync(
        TDbContext db, IDbContextTransaction transaction, IReadOnlyList<InboxWork> batch, CancellationToken cancellationToken)
    {
        var keys = batch.DistinctBy(w => (w.MessageId, w.Consumer)).OrderBy(w => w.MessageId).ThenBy(w => w.Consumer, StringComparer.Ordinal).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {MessagingModelBuilderExtensions.InboxTable} (message_id, consumer, message_type, processed_at) " +
            "SELECT * FROM unnest($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING message_id, consumer",
            connection, (NpgsqlTransaction)transaction.GetDbTransaction());
        var now = DateTime.UtcNow;
        command.Parameters.Add(new NpgsqlParameter { Value = keys.Select(w => w.MessageId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = keys.Select(w => w.Consumer).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar });
        command.Parameters.Add(new NpgsqlParameter { Value = keys.Select(w => w.MessageType).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar });
        command.Parameters.Add(new NpgsqlParameter { Value = keys.Select(_ => now).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });

        var claimed = new HashSet<(Guid, string)>(keys.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) claimed.Add((reader.GetGuid(0), reader.GetString(1)));
        return claimed;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync();
        if (_workers.IsValueCreated) await Task.WhenAll(_workers.Value);
        while (_queue.Reader.TryRead(out var work)) work.Completion.TrySetCanceled();
        _stopping.Dispose();
    }
}

