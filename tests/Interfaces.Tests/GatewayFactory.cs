using LabourWelfare.Interfaces.Tests.Sample;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LabourWelfare.Interfaces.Tests;

/// <summary>
/// The real gateway in-process, in the given environment, with the sample service standing in for all four
/// services (it answers under /api/cooperatives, and serves /openapi/v1.json like every service).
/// </summary>
public abstract class GatewayFactory(string environment) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public SampleService Service { get; } = new();

    /// <summary>Issues the tokens of a host that is not in Development.</summary>
    public TestOidcProvider Provider { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        // Outside Development the shared signing key is refused: production hosts trust an OpenID Connect provider.
        var auth = environment == "Development" ? TestTokens.Configuration() : Provider.Configuration();
        foreach (var (key, value) in auth) builder.UseSetting(key, value);
        if (environment != "Development") builder.ConfigureServices(Provider.Configure);
        foreach (var service in PlatformResources.Services)
            builder.UseSetting($"services:{service.Name}:http:0", Service.Address.ToString());
    }

    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task InitializeAsync() => await Service.InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Service.DisposeAsync();
    }
}

public sealed class DevelopmentGatewayFactory() : GatewayFactory("Development");

public sealed class ProductionGatewayFactory() : GatewayFactory("Production");
