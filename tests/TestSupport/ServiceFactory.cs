using LabourWelfare.Persistence;
using System.Net.Http.Headers;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults.OpenApi;
using LabourWelfare.TestSupport.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LabourWelfare.TestSupport;

/// <summary>
/// Hosts one service in-process against real PostgreSQL (a database of its own) and real RabbitMQ (a vhost of its own).
/// Use as an xunit class or collection fixture; derive to pass the service's database name.
/// </summary>
public class ServiceFactory<TProgram>(string databaseConnectionName) : WebApplicationFactory<TProgram>, IAsyncLifetime
    where TProgram : class
{
    public TestDatabase Database { get; } = TestDatabase.Create(databaseConnectionName);

    public TestVirtualHost VirtualHost { get; private set; } = null!;

    /// <summary>Where the service's RabbitMQ is reached; a test may point it at a <see cref="TcpProxy"/>.</summary>
    protected virtual Uri MessagingUri => VirtualHost.AmqpUri;

    /// <summary>Where the service's PostgreSQL is reached; a test may point it at a <see cref="TcpProxy"/>.</summary>
    protected virtual string DatabaseConnectionString => Database.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{databaseConnectionName}", DatabaseConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", MessagingUri.ToString());
        builder.UseSetting("Outbox:PollInterval", "00:00:00.500");
        foreach (var (key, value) in TestTokens.Configuration()) builder.UseSetting(key, value);
        builder.ConfigureServices(ConfigureTestServices);
    }

    /// <summary>Replace services for a test (a controllable clock, say).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services) { }

    private ContractSource? _contract;

    /// <summary>The service's own OpenAPI document, which every client of this factory holds each call to.</summary>
    public ContractSource Contract => _contract ??= new ContractSource(async () =>
    {
        using var client = CreateClient();
        return await client.GetStringAsync(PlatformOpenApi.DocumentPath);
    });

    /// <summary>An HttpClient carrying a token with this role and region.</summary>
    public HttpClient ClientFor(string role, string? region, string? subject = null, string? nationalId = null) =>
        WithToken(TestTokens.For(role, region, subject, nationalId));

    public HttpClient WithToken(string? token)
    {
        var client = CreateDefaultClient(Contract.Handler());
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient Anonymous() => CreateDefaultClient(Contract.Handler());

    public virtual async Task InitializeAsync()
    {
        // As a deployment does: provision, migrate as the owner (the service's "migrate" command), then run the
        // service as the app role, so every test exercises the restricted role.
        await Database.CreateAsync((owner, appRole) => DatabaseMigration.MigrateAsync(DbContextType, owner, appRole));
        VirtualHost = await TestVirtualHost.CreateAsync(databaseConnectionName);
        _ = Server; // start the host: the bus connects
    }

    /// <summary>The service's one DbContext (each service has exactly one database).</summary>
    private static Type DbContextType { get; } = typeof(TProgram).Assembly.GetTypes()
        .Single(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.DbContext)) && !t.IsAbstract);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
