using LabourWelfare.Persistence;
using LabourWelfare.SharedKernel;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LabourWelfare.Messaging;

public static class MessagingRegistration
{
    /// <summary>Connection string name of RabbitMQ (ConnectionStrings__messaging).</summary>
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit over RabbitMQ with the service's outbox relay. Queues are named "&lt;service&gt;-&lt;consumer&gt;" so
    /// replicas of one service compete on them while each service gets its own copy of every event. The exchanges of
    /// <paramref name="publishes"/> (the service's public events, Contracts.EventCatalogue) are declared when the bus
    /// starts, not at the first publish, so partners can bind to them from the start.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        IReadOnlyCollection<Type> publishes,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} (RabbitMQ) is not configured.");

        // Outbox: SaveChanges wakes the relay (the interceptor joins the DbContext of AddServiceDatabase), which publishes.
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.AddSingleton<IInterceptor>(services => services.GetRequiredService<OutboxSignalInterceptor>());
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        builder.Services.AddHostedService<OutboxRelay<TDbContext>>();
        // Inbox: consumers (InboxConsumer) hand their messages to the batcher, which applies them in shared transactions.
        builder.Services.AddOptions<InboxOptions>().BindConfiguration("Inbox");
        builder.Services.AddSingleton<InboxBatcher<TDbContext>>();
        var inbox = builder.Configuration.GetSection("Inbox").Get<InboxOptions>() ?? new InboxOptions();

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            addConsumers?.Invoke(bus);
            var concurrency = builder.Configuration.GetValue<int?>("Messaging:ConcurrentMessageLimit");
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                if (concurrency is > 0) endpoint.ConcurrentMessageLimit = concurrency;
                ConfigureFailureHandling(endpoint);
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
                rabbit.PrefetchCount = inbox.PrefetchCount; // concurrency follows it unless Messaging:ConcurrentMessageLimit is set
                rabbit.DeployPublishTopology = true;
                foreach (var type in publishes) rabbit.Publish(type, _ => { });
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    /// <summary>
    /// Database outages: retried until the database is back (never dead-lettered). Other faults: five retries with
    /// backoff, then the message goes to the endpoint's _error queue with the exception in its headers, while the rest
    /// keep flowing. Bad data (validation, broken rules) is not retried: it cannot get better.
    /// </summary>
    internal static void ConfigureFailureHandling(IReceiveEndpointConfigurator endpoint)
    {
        endpoint.UseMessageRetry(retry =>
        {
            retry.Handle<Exception>(TransientFaults.IsDatabaseOutage);
            retry.Incremental(int.MaxValue, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
            retry.ConnectRetryObserver(new RetryMetrics("database-outage"));
        });
        endpoint.UseMessageRetry(retry =>
        {
            retry.Ignore<Exception>(TransientFaults.IsDatabaseOutage);
            retry.Ignore<ValidationException>();
            retry.Ignore<DomainRuleException>();
            retry.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200));
            retry.ConnectRetryObserver(new RetryMetrics("fault"));
        });
    }

    /// <summary>The connection settings every service database gets (kept here for the messaging tests that check them).</summary>
    internal static string WithPerformanceDefaults(string connectionString) => PersistenceRegistration.WithPerformanceDefaults(connectionString);
}
