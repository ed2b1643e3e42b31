using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LabourWelfare.Messaging;

/// <summary>
/// Base for every consumer: the message id is recorded in the inbox and the consumer's effect is saved in one
/// transaction, so a redelivered or duplicated message changes nothing. Events the handler writes to the outbox
/// commit in the same transaction too.
/// </summary>
public abstract class InboxConsumer<TMessage, TDbContext>(TDbContext db, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : DbContext
{
    protected TDbContext Db => db;

    /// <summary>Applies the message. Changes are tracked on <see cref="Db"/> and saved by the base class.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context);

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id; it cannot be deduplicated.");
        var consumer = GetType().Name;
        var cancellationToken = context.CancellationToken;

        db.ChangeTracker.Clear(); // a retry starts from a clean unit of work
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A concurrent duplicate blocks on the key until the first commits, then finds it taken.
        var claimed = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (message_id, consumer, message_type, processed_at) VALUES ({messageId}, {consumer}, {typeof(TMessage).Name}, {DateTimeOffset.UtcNow}) ON CONFLICT DO NOTHING",
            cancellationToken);
        if (claimed == 0)
        {
            logger.LogInformation("{Consumer} skipped message {MessageId}: already applied", consumer, messageId);
            return;
        }

        using (Auditing.AuditActor.Use($"event:{typeof(TMessage).Name}:{messageId}"))
        {
            await HandleAsync(context.Message, context);
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
