using LabourWelfare.Messaging;
using LabourWelfare.Persistence;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LabourWelfare.TestSupport.Messaging;

/// <summary>
/// A minimal service built exactly like the real ones (service defaults, its own database, outbox relay, inbox
/// consumer) but with a probe domain: POST /commands writes N records and their events in one transaction each.
/// </summary>
public sealed class MessagingTestHost : IAsyncDisposable
{
    private MessagingTestHost(WebApplication app) => App = app;

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public ProbeConsumerBehaviour Behaviour => Services.GetRequiredService<ProbeConsumerBehaviour>();

    public HttpClient CreateClient() => App.GetTestClient();

    /// <param name="consume">Whether this host runs the consumer (a host may only publish).</param>
    /// <param name="relay">Whether this host runs the outbox relay.</param>
    public static async Task<MessagingTestHost> StartAsync(
        string databaseConnectionString, Uri messagingUri, string serviceName = "probe", bool consume = true, bool relay = true,
        Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        TestTracing.EnsureListening();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["ConnectionStrings:probedb"] = databaseConnectionString;
        builder.Configuration["ConnectionStrings:messaging"] = messagingUri.ToString();
        builder.Configuration["Outbox:PollInterval"] = "00:00:00.500";
        foreach (var (key, value) in TestTokens.Configuration()) builder.Configuration[key] = value;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.Configuration[key] = value;

        builder.AddServiceDefaults();
        builder.AddServiceDatabase<ProbeDbContext>("probedb");
        builder.AddPlatformMessaging<ProbeDbContext>(serviceName, [typeof(ProbeEvent)], bus =>
        {
            if (consume) bus.AddConsumer<ProbeConsumer>();
        });
        builder.Services.AddSingleton<ProbeConsumerBehaviour>();
        if (!relay)
        {
            var relayRegistration = builder.Services.Single(d => d.ImplementationType == typeof(OutboxRelay<ProbeDbContext>));
            builder.Services.Remove(relayRegistration);
        }
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        app.UsePlatformPipeline();
        app.MapDefaultEndpoints();
        app.MapPost("/commands", async (int? count, string? payload, ProbeDbContext db, CancellationToken ct) =>
        {
            var ids = new List<Guid>();
            for (var i = 0; i < (count ?? 1); i++) ids.Add(await WriteCommandAsync(db, payload ?? "ok", i, ct));
            return TypedResults.Ok(ids);
        }).AllowAnonymous();

        await app.StartAsync();
        return new MessagingTestHost(app);
    }

    /// <summary>
    /// Makes the probe schema in a test database as its owner and grants the app role as a service's migrate command
    /// does; hosts then connect with <see cref="TestDatabase.ConnectionString"/> (the app role).
    /// </summary>
    public static Task CreateDatabaseAsync(TestDatabase database) => database.CreateAsync(async (owner, appRole) =>
    {
        var options = new DbContextOptionsBuilder<ProbeDbContext>().UseNpgsql(owner).Options;
        await using (var db = new ProbeDbContext(options)) await db.Database.EnsureCreatedAsync();
        await DatabaseMigration.GrantAppRoleAsync(owner, appRole);
    });

    /// <summary>One command: a record and its event, committed together. Returns the event id.</summary>
    public static Task<Guid> WriteCommandAsync(ProbeDbContext db, string payload, int sequence, CancellationToken ct = default) =>
        WriteCommandAsync(db, payload, sequence, records: 1, ct);

    /// <summary>A command that changes several records, each with its event, in one transaction. Returns the first event id.</summary>
    public static async Task<Guid> WriteCommandAsync(ProbeDbContext db, string payload, int sequence, int records, CancellationToken ct = default)
    {
        var now = DateTimeOffset.UtcNow;
        var first = Guid.Empty;
        for (var i = 0; i < records; i++)
        {
            db.Commands.Add(new ProbeCommand { Id = Guid.NewGuid(), Sequence = sequence + i });
            var queued = db.AddEvent(new ProbeEvent(sequence + i, payload, now), "fars", now);
            if (i == 0) first = queued.EventId;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return first;
    }

    public async Task<T> WithDbAsync<T>(Func<ProbeDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ProbeDbContext>());
    }

    public Task<int> EffectCountAsync() => WithDbAsync(db => db.Effects.CountAsync());

    public Task<int> OutboxCountAsync() => WithDbAsync(db => db.Set<OutboxMessage>().CountAsync());

    public async Task<int> HealthStatusAsync()
    {
        using var response = await CreateClient().GetAsync("/health");
        return (int)response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
