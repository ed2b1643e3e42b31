using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LabourWelfare.Messaging;

/// <summary>
/// Base for every consumer: it opens the transaction, records the message in the inbox, runs the handler and saves,
/// so the message id and the consumer's effect commit together and a redelivered or duplicated message changes nothing. Events the handler writes to the outbox
/// commit in the same transaction too. Messages that arrive together share one transaction (see
/// <see cref="InboxBatcher{TDbContext}"/>); each still succeeds, retries or is dead-lettered on its own.
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
        var consumerType = GetType();
        var batcher = context.GetPayload<IServiceProvider>().GetRequiredService<InboxBatcher<TDbContext>>();
        var message = context.Message;
        // The handler runs in the batch's scope (its DbContext and transaction), as a consumer of this very type.
        var outcome = await batcher.ApplyAsync(new InboxWork(messageId, consumerType.Name, typeof(TMessage).Name, Activity.Current,
            services => ((InboxConsumer<TMessage, TDbContext>)ActivatorUtilities.GetServiceOrCreateInstance(services, consumerType))
                .HandleAsync(message, context),
            context.CancellationToken));
        if (outcome == InboxOutcome.AlreadyApplied)
            logger.LogInformation("{Consumer} skipped message {MessageId}: already applied", consumerType.Name, messageId);
    }
}
