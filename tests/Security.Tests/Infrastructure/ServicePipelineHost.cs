using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace LabourWelfare.Security.Tests.Infrastructure;

/// <summary>
/// A service as every one of the four is composed (AddServiceDefaults + UsePlatformPipeline, an access table as data),
/// with two probe endpoints: one under the fallback policy, one under an access-table policy. Lets the token tests
/// run the services' own validation code without hosting a service (each has a global Program class).
/// </summary>
public sealed class ServicePipelineHost : IAsyncLifetime
{
    public const string FallbackPath = "/api/probe/any-caller";
    public const string InspectorsOnlyPath = "/api/probe/inspectors-only";
    private const string InspectorsOnly = "probe.inspectors";

    private WebApplication _app = null!;

    /// <summary>Settings on top of the test token settings (an Auth:Authority, say); set before InitializeAsync.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings { get; init; } = [];

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(TestTokens.Configuration());
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.AddServiceDefaults();
        builder.Services.AddAccessPolicies(new Dictionary<string, string[]> { [InspectorsOnly] = [Roles.Inspector, Roles.Admin] });

        _app = builder.Build();
        _app.UsePlatformPipeline();
        _app.MapDefaultEndpoints();
        _app.MapGet(FallbackPath, (CallerContext caller) => TypedResults.Ok(caller.Subject));
        _app.MapGet(InspectorsOnlyPath, (CallerContext caller) => TypedResults.Ok(caller.Subject)).RequireAuthorization(InspectorsOnly);
        await _app.StartAsync();
    }

    public HttpClient WithToken(string? token)
    {
        var client = _app.GetTestClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
