using System.Collections.Concurrent;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace LabourWelfare.Security.Tests.AuthorizationMatrix;

/// <summary>
/// A miniature service composed like the real ones (access table, region and ownership checks in handlers), to prove
/// the matrix machinery on: a read (404 outside the region or for another citizen) and a create (403 in another
/// region). <see cref="LeakyMatrixDemoHost"/> adds a read that forgets the region check.
/// </summary>
public class MatrixDemoHost : IAsyncLifetime
{
    public const string Read = "demo.read";
    public const string Write = "demo.write";

    public static readonly IReadOnlyDictionary<string, string[]> Table = new Dictionary<string, string[]>
    {
        [Read] = [Roles.Inspector, Roles.Supervisor, Roles.Admin, Roles.Citizen],
        [Write] = [Roles.Inspector, Roles.Admin],
    };

    public sealed record DemoRecord(Guid Id, string Region, string OwnerNationalId);

    public sealed record CreateRequest(string? Region, string? OwnerNationalId);

    private readonly ConcurrentDictionary<Guid, DemoRecord> _records = new();
    private WebApplication _app = null!;

    public IServiceProvider Services => _app.Services;

    public HttpClient CreateClient() => _app.GetTestClient();

    public HttpClient WithToken(string? token)
    {
        var client = CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public DemoRecord Seed(string region, string ownerNationalId)
    {
        var record = new DemoRecord(Guid.NewGuid(), region, ownerNationalId);
        _records[record.Id] = record;
        return record;
    }

    protected virtual void MapMore(WebApplication app) { }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(TestTokens.Configuration());
        builder.AddServiceDefaults();
        builder.Services.AddAccessPolicies(Table);
        _app = builder.Build();
        _app.UsePlatformPipeline();
        _app.MapDefaultEndpoints();
        _app.MapGet("/api/demo/records/{id:guid}", Get).WithName("GetDemoRecord").RequireAuthorization(Read);
        _app.MapPost("/api/demo/records", Create).WithName("CreateDemoRecord").RequireAuthorization(Write);
        MapMore(_app);
        await _app.StartAsync();
    }

    protected Results<Ok<object>, NotFound> Get(Guid id, CallerContext caller, bool checkRegion = true)
    {
        if (!_records.TryGetValue(id, out var record)) return TypedResults.NotFound();
        var visible = caller.IsCitizenOnly ? caller.Owns(record.OwnerNationalId) : !checkRegion || caller.CanAccessRegion(record.Region);
        if (!visible) return TypedResults.NotFound();
        return TypedResults.Ok<object>(new { record.Id, record.Region, NationalId = caller.ShowNationalId(record.OwnerNationalId, record.Region) });
    }

    private Created<DemoRecord> Create(CreateRequest request, CallerContext caller)
    {
        var record = Seed(caller.RequireRegionFor(request.Region), request.OwnerNationalId ?? "");
        return TypedResults.Created($"/api/demo/records/{record.Id}", record);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>Adds a read that forgets the region check.</summary>
public sealed class LeakyMatrixDemoHost : MatrixDemoHost
{
    protected override void MapMore(WebApplication app) =>
        app.MapGet("/api/demo/leaky/{id:guid}", (Guid id, CallerContext caller) => Get(id, caller, checkRegion: false))
            .WithName("GetLeakyRecord").RequireAuthorization(Read);
}

/// <summary>Adds an endpoint that admits any authenticated caller (no policy from the access table).</summary>
public sealed class PolicylessMatrixDemoHost : MatrixDemoHost
{
    protected override void MapMore(WebApplication app) =>
        app.MapGet("/api/demo/open", () => TypedResults.Ok()).WithName("GetOpen").RequireAuthorization();
}
