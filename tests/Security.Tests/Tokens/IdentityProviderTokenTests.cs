extern alias identity;
using System.Net;
using LabourWelfare.Security.Tests.Infrastructure;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Security.Tests.Tokens;

/// <summary>The platform's identity provider on Kestrel, as the gateway's and the services' Auth:Authority.</summary>
public sealed class IdentityProviderFixture : IdentityProviderFactory<identity::Program>;

/// <summary>
/// The gateway and the services' shared pipeline trust the provider through Auth:Authority (discovery and JWKS over
/// HTTP). With the authority alone only its tokens pass; in Development/Testing with a shared key too, the local
/// issuer's tokens pass as well, each issuer held to its own key. Tokens the provider did not issue are refused.
/// </summary>
public sealed class IdentityProviderTokenTests(IdentityProviderFixture provider) : IClassFixture<IdentityProviderFixture>
{
    private const string GatewayPath = "/api/inspections/workplaces";

    [Fact]
    public async Task The_gateway_with_the_provider_as_its_only_authority_accepts_its_tokens_and_nothing_else()
    {
        var gateway = new ProviderGateway(provider.Authority, withSharedKey: false);
        try
        {
            await gateway.InitializeAsync();
            var officer = await provider.SignInAsync("inspector.fars");
            var partner = await provider.PartnerTokenAsync();
            Assert.Equal(HttpStatusCode.OK, (await gateway.WithToken(officer.AccessToken).GetAsync(GatewayPath)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await gateway.WithToken(partner.AccessToken).GetAsync(GatewayPath)).StatusCode);

            foreach (var (name, token) in NotIssuedByTheProvider())
                Assert.True(HttpStatusCode.Unauthorized == (await gateway.WithToken(token).GetAsync(GatewayPath)).StatusCode, name);
            Assert.Equal(HttpStatusCode.Unauthorized, (await gateway.WithToken(TestTokens.For(Roles.Inspector, "fars")).GetAsync(GatewayPath)).StatusCode);
        }
        finally
        {
            await ((IAsyncLifetime)gateway).DisposeAsync();
        }
    }

    [Fact]
    public async Task In_Testing_with_a_shared_key_too_the_gateway_accepts_both_issuers_each_with_its_own_key()
    {
        var gateway = new ProviderGateway(provider.Authority, withSharedKey: true);
        try
        {
            await gateway.InitializeAsync();
            var officer = await provider.SignInAsync("registrar.qom");
            Assert.Equal(HttpStatusCode.OK, (await gateway.WithToken(officer.AccessToken).GetAsync(GatewayPath)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await gateway.WithToken(TestTokens.For(Roles.Registrar, "qom")).GetAsync(GatewayPath)).StatusCode);

            foreach (var (name, token) in NotIssuedByTheProvider())
                Assert.True(HttpStatusCode.Unauthorized == (await gateway.WithToken(token).GetAsync(GatewayPath)).StatusCode, name);
            foreach (var (name, make) in ForgedTokens.Refused)
                Assert.True(HttpStatusCode.Unauthorized == (await gateway.WithToken(make()).GetAsync(GatewayPath)).StatusCode, name);
        }
        finally
        {
            await ((IAsyncLifetime)gateway).DisposeAsync();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_service_pipeline_accepts_the_providers_tokens_and_refuses_others(bool withSharedKey)
    {
        var settings = new List<KeyValuePair<string, string?>> { new("Auth:Authority", provider.Authority) };
        if (!withSharedKey) settings.Add(new("Auth:SigningKey", null));
        var service = new ServicePipelineHost { Settings = settings };
        await service.InitializeAsync();
        try
        {
            var officer = await provider.SignInAsync("inspector.ilam");
            var citizen = await provider.SignInAsync("citizen.ilam");
            Assert.Equal(HttpStatusCode.OK, (await service.WithToken(officer.AccessToken).GetAsync(ServicePipelineHost.InspectorsOnlyPath)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await service.WithToken(citizen.AccessToken).GetAsync(ServicePipelineHost.InspectorsOnlyPath)).StatusCode);
            Assert.Equal(withSharedKey ? HttpStatusCode.OK : HttpStatusCode.Unauthorized,
                (await service.WithToken(TestTokens.For(Roles.Inspector, "ilam")).GetAsync(ServicePipelineHost.FallbackPath)).StatusCode);
            foreach (var (name, token) in NotIssuedByTheProvider())
                Assert.True(HttpStatusCode.Unauthorized == (await service.WithToken(token).GetAsync(ServicePipelineHost.FallbackPath)).StatusCode, name);
        }
        finally
        {
            await service.DisposeAsync();
        }
    }

    /// <summary>Tokens with every claim right but not from the provider: another provider, or its issuer forged.</summary>
    private IEnumerable<(string Name, string Token)> NotIssuedByTheProvider()
    {
        var stranger = new TestOidcProvider();
        yield return ("another provider", stranger.Token(Roles.Inspector, "fars"));
        yield return ("provider issuer, another key", stranger.Token(Roles.Inspector, "fars", issuer: provider.Issuer));
        yield return ("provider issuer, the shared key", DevTokens.Create(
            new AuthSettings { Issuer = provider.Issuer, Audience = TestTokens.Audience, SigningKey = TestTokens.SigningKey },
            "forged", [Roles.Admin], "fars"));
    }

    /// <summary>The gateway in Testing with the provider as Auth:Authority, with or without the shared test key.</summary>
    private sealed class ProviderGateway(string authority, bool withSharedKey) : GatewayFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            .. TestTokens.Configuration().Where(s => withSharedKey || s.Key != "Auth:SigningKey"),
            new("Auth:Authority", authority),
        ];
    }
}
