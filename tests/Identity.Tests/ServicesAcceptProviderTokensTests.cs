extern alias inspections;
extern alias welfareaid;
extern alias cooperatives;
extern alias mediation;
using System.Net;
using LabourWelfare.Identity.Tests.Support;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace LabourWelfare.Identity.Tests;

/// <summary>
/// Each of the four services, started with Auth:Authority pointing at the provider (on Kestrel, over real HTTP:
/// discovery and JWKS), accepts the provider's tokens and refuses tokens the provider did not issue.
/// </summary>
public sealed class ServicesAcceptProviderTokensTests(Provider provider) : IClassFixture<Provider>
{
    public static TheoryData<string> ServiceNames => new(PlatformResources.Services.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public async Task A_service_accepts_the_providers_tokens_and_refuses_others(string service)
    {
        var (role, path) = Probe(service);
        await using var host = Start(service);
        await host.InitializeAsync();

        var tokens = await provider.SignInAsync($"{role}.fars");
        using var accepted = await host.WithToken(tokens.AccessToken).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        var stranger = new TestOidcProvider();
        using var otherProvider = await host.WithToken(stranger.Token(role, "fars")).GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, otherProvider.StatusCode);
        using var forgedIssuer = await host.WithToken(stranger.Token(role, "fars", issuer: provider.Issuer)).GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, forgedIssuer.StatusCode);
    }

    private static (string Role, string Path) Probe(string service) => service switch
    {
        "inspections" => (Roles.Inspector, "/api/inspections/workplaces"),
        "welfareaid" => (Roles.AidOfficer, "/api/aid/beneficiaries"),
        "cooperatives" => (Roles.Registrar, "/api/cooperatives/cooperatives"),
        "mediation" => (Roles.Supervisor, "/api/mediation/cases"),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    private IServiceHost Start(string service) => service switch
    {
        "inspections" => new TrustingProvider<inspections::Program>(PlatformResources.Inspections.Database, provider.Authority),
        "welfareaid" => new TrustingProvider<welfareaid::Program>(PlatformResources.WelfareAid.Database, provider.Authority),
        "cooperatives" => new TrustingProvider<cooperatives::Program>(PlatformResources.Cooperatives.Database, provider.Authority),
        "mediation" => new TrustingProvider<mediation::Program>(PlatformResources.Mediation.Database, provider.Authority),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    private interface IServiceHost : IAsyncDisposable
    {
        Task InitializeAsync();
        HttpClient WithToken(string? token);
    }

    /// <summary>The service as the AppHost starts it: its database and broker, and the provider as its authority.</summary>
    private sealed class TrustingProvider<TProgram>(string database, string authority) : ServiceFactory<TProgram>(database), IServiceHost
        where TProgram : class
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Auth:Authority", authority);
        }

        async ValueTask IAsyncDisposable.DisposeAsync() => await ((IAsyncLifetime)this).DisposeAsync();
    }
}
