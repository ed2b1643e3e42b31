using LabourWelfare.Persistence;
using System.Net.Http.Headers;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults.Idempotency;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.ServiceDefaults.OpenApi;
using LabourWelfare.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LabourWelfare.Interfaces.Tests.Sample;

/// <summary>
/// A small service composed exactly as the lead wires the real ones (see docs/api.md, "Wiring"): service defaults,
/// platform OpenAPI, its own PostgreSQL database, Idempotency-Key. Listens on a loopback port so a gateway can reach it.
/// </summary>
public sealed class SampleService : IAsyncLifetime
{
    public const string DatabaseName = "interfacesdb";

    public TestDatabase Database { get; } = TestDatabase.Create(DatabaseName);

    public WebApplication App { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public SlowGate Gate => App.Services.GetRequiredService<SlowGate>();

    public async Task InitializeAsync()
    {
        await Database.CreateAsync(async (owner, appRole) =>
        {
            await using (var db = new SampleDbContext(new DbContextOptionsBuilder<SampleDbContext>().UseNpgsql(owner).Options))
                await db.Database.EnsureCreatedAsync();
            await DatabaseMigration.GrantAppRoleAsync(owner, appRole);
        });
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ApplicationName = typeof(SampleService).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration[$"ConnectionStrings:{DatabaseName}"] = Database.ConnectionString;
        foreach (var (key, value) in TestTokens.Configuration()) builder.Configuration[key] = value;

        builder.AddServiceDefaults();
        builder.AddPlatformOpenApi("Sample service");
        builder.Services.AddAccessPolicies(SampleEndpoints.Access);
        builder.AddServiceDatabase<SampleDbContext>(DatabaseName);
        builder.AddIdempotencyKeys<SampleDbContext>();
        builder.Services.AddSingleton<SlowGate>();

        var app = builder.Build();
        app.UsePlatformPipeline();
        app.UseIdempotencyKeys<SampleDbContext>();
        app.MapDefaultEndpoints();
        app.MapPlatformOpenApi();
        app.MapSampleEndpoints();

        await app.StartAsync();
        App = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address);
    }

    public HttpClient ClientFor(string role, string? region, string? subject = null, string? language = null)
    {
        var client = Anonymous(language);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(role, region, subject));
        return client;
    }

    public HttpClient Anonymous(string? language = null)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    public async Task<T> InDatabaseAsync<T>(Func<SampleDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SampleDbContext>());
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
