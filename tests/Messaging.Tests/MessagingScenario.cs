using LabourWelfare.TestSupport;
using LabourWelfare.TestSupport.Messaging;
using Npgsql;

namespace LabourWelfare.Messaging.Tests;

/// <summary>A database and a vhost of the test's own, optionally reached through TCP proxies that a test can cut.</summary>
internal sealed class MessagingScenario : IAsyncDisposable
{
    private MessagingScenario(TestDatabase database, TestVirtualHost vhost)
    {
        Database = database;
        VirtualHost = vhost;
    }

    public TestDatabase Database { get; }
    public TestVirtualHost VirtualHost { get; }
    public TcpProxy? BrokerProxy { get; private set; }
    public TcpProxy? DatabaseProxy { get; private set; }

    public static async Task<MessagingScenario> CreateAsync()
    {
        var database = TestDatabase.Create("msg");
        await MessagingTestHost.CreateDatabaseAsync(database);
        return new(database, await TestVirtualHost.CreateAsync("msg"));
    }

    /// <summary>The vhost's amqp URI through a proxy in front of the real broker.</summary>
    public Uri BrokerViaProxy()
    {
        var broker = TestEnvironment.RabbitMq;
        BrokerProxy ??= new TcpProxy(broker.Host, broker.Port == -1 ? 5672 : broker.Port);
        return new UriBuilder(VirtualHost.AmqpUri) { Host = "127.0.0.1", Port = BrokerProxy.Port }.Uri;
    }

    /// <summary>The database's connection string through a proxy in front of the real PostgreSQL.</summary>
    public string DatabaseViaProxy()
    {
        var direct = new NpgsqlConnectionStringBuilder(Database.ConnectionString);
        DatabaseProxy ??= new TcpProxy(direct.Host!, direct.Port);
        return new NpgsqlConnectionStringBuilder(Database.ConnectionString)
        {
            Host = "127.0.0.1", Port = DatabaseProxy.Port, Timeout = 3, CommandTimeout = 10,
        }.ConnectionString;
    }

    /// <summary>The error queue MassTransit made for the probe consumer's endpoint.</summary>
    public async Task<string?> ErrorQueueAsync() =>
        (await VirtualHost.Management.QueueNamesAsync(VirtualHost.Name)).FirstOrDefault(q => q.EndsWith("_error", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        if (BrokerProxy is not null) await BrokerProxy.DisposeAsync();
        if (DatabaseProxy is not null) await DatabaseProxy.DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
