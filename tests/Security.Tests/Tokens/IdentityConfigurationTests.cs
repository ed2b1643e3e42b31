using System.Net;
using LabourWelfare.Gateway;
using LabourWelfare.Security.Tests.Infrastructure;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LabourWelfare.Security.Tests.Tokens;

/// <summary>Production trusts only the OpenID Connect provider; the local token issuer exists in Development only.</summary>
public sealed class ProductionIdentityTests(ProductionGatewayFactory gateway) : IClassFixture<ProductionGatewayFactory>
{
    private const string ServicePath = "/api/aid/beneficiaries";

    [Fact]
    public async Task Tokens_of_the_configured_provider_are_accepted()
    {
        using var response = await gateway.WithToken(gateway.ProviderToken(Roles.AidOfficer, "qom")).GetAsync(ServicePath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Provider_tokens_for_another_audience_or_from_another_issuer_are_refused()
    {
        using var audience = await gateway.WithToken(gateway.ProviderToken(Roles.AidOfficer, "qom", audience: "another-api")).GetAsync(ServicePath);
        Assert.Equal(HttpStatusCode.Unauthorized, audience.StatusCode);

        using var issuer = await gateway.WithToken(gateway.ProviderToken(Roles.AidOfficer, "qom", issuer: "https://other.example")).GetAsync(ServicePath);
        Assert.Equal(HttpStatusCode.Unauthorized, issuer.StatusCode);
    }

    [Fact]
    public async Task Tokens_signed_with_a_shared_key_are_refused()
    {
        var withTestKey = TestTokens.For(Roles.Admin, null);
        var withDevelopmentKey = DevTokens.Create(
            new AuthSettings { SigningKey = "development-only-signing-key-change-me-0123456789", Issuer = ProductionGatewayFactory.Authority },
            "admin", [Roles.Admin], null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await gateway.WithToken(withTestKey).GetAsync(ServicePath)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await gateway.WithToken(withDevelopmentKey).GetAsync(ServicePath)).StatusCode);
    }

    [Fact]
    public async Task The_development_token_endpoint_does_not_exist()
    {
        var request = new DevTokenEndpoint.TokenRequest("someone", [Roles.Admin], null, null, null);

        using var authenticated = await gateway.WithToken(gateway.ProviderToken(Roles.Admin, null)).PostJsonAsync("/dev/token", request);
        Assert.Equal(HttpStatusCode.NotFound, authenticated.StatusCode);

        using var anonymous = await gateway.WithToken(null).PostJsonAsync("/dev/token", request);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}

public sealed class DevelopmentIdentityTests(DevelopmentGatewayFactory gateway) : IClassFixture<DevelopmentGatewayFactory>
{
    [Fact]
    public async Task The_local_issuer_mints_tokens_the_gateway_accepts()
    {
        var request = new DevTokenEndpoint.TokenRequest("dev-registrar", [Roles.Registrar], "fars", null, 5);
        var issued = await gateway.WithToken(null).PostJsonAsync("/dev/token", request)
            .ShouldBeAsync<DevTokenEndpoint.TokenResponse>(HttpStatusCode.OK);

        using var response = await gateway.WithToken(issued.AccessToken).GetAsync("/api/cooperatives/cooperatives");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task No_strict_transport_security_in_development()
    {
        using var response = await gateway.WithToken(null).GetAsync("/alive");
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.True(response.Headers.Contains("X-Content-Type-Options"));
    }
}

public sealed class SharedKeyOutsideDevelopmentTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void A_shared_signing_key_without_an_authority_refuses_to_start(string environment)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            foreach (var (key, value) in TestTokens.Configuration()) builder.UseSetting(key, value);
            foreach (var service in PlatformResources.Services) builder.UseSetting($"services:{service.Name}:http:0", "http://127.0.0.1:9");
        });

        var error = Assert.ThrowsAny<InvalidOperationException>(() => factory.Server);
        Assert.Contains("Auth:Authority", error.Message);
    }
}
