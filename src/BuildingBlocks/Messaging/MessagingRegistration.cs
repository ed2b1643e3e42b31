using LabourWelfare.SharedKernel;
using MassTransit;
using Microsoft.EntityFrameworkCore;
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

        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        builder.Services.AddHostedService<OutboxRelay<TDbContext>>();
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

    /// <summary>
    /// The service's own PostgreSQL database (ConnectionStrings__&lt;name&gt;) with the outbox wake-up interceptor.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder, string connectionName)
        where TDbContext : DbContext
    {
        var connectionString = WithPerformanceDefaults(builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} (PostgreSQL) is not configured."));
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<Auditing.AuditInterceptor>();
        // Pooled: a consumer or request rents a ready context instead of building one (measured in docs/benchmarks.md).
        builder.Services.AddDbContextPool<TDbContext>((services, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(DatabaseMigration.HistoryTable))
            .AddInterceptors(
                services.GetRequiredService<Auditing.AuditInterceptor>(),
                services.GetRequiredService<OutboxSignalInterceptor>()));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TDbContext>>(
            connectionName, tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// Npgsql settings for a service that runs the same few statements all day, unless the connection string sets them:
    /// statements used twice are prepared on the server (no parse and plan per outbox, inbox or audit insert), and a
    /// pooled connection is not reset with DISCARD ALL on every rent (the services keep no session state).
    /// </summary>
    internal static string WithPerformanceDefaults(string connectionString)
    {
        var settings = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var given = connectionString.Replace(" ", "", StringComparison.Ordinal); // "Max Auto Prepare" or "MaxAutoPrepare"
        bool Given(string keyword) => given.Contains(keyword + "=", StringComparison.OrdinalIgnoreCase);
        if (!Given("MaxAutoPrepare")) settings.MaxAutoPrepare = 64;
        if (!Given("AutoPrepareMinUsages")) settings.AutoPrepareMinUsages = 2;
        if (!Given("NoResetOnClose")) settings.NoResetOnClose = true;
        return settings.ConnectionString;
    }
}
