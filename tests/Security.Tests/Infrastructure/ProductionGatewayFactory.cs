using LabourWelfare.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace LabourWelfare.Security.Tests.Infrastructure;

/// <summary>The gateway as configured in Production: an OpenID Connect authority and no shared key (TestOidcProvider).</summary>
public sealed class ProductionGatewayFactory : GatewayFactory
{
    public const string Authority = TestOidcProvider.Authority;

    private readonly TestOidcProvider _provider = new();

    protected override string Environment => "Production";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => _provider.Configuration();

    protected override void ConfigureTestServices(IServiceCollection services) => _provider.Configure(services);

    /// <summary>A token as the provider issues it (RS256), for this audience unless told otherwise.</summary>
    public string ProviderToken(string role, string? region, string audience = TestTokens.Audience, string issuer = Authority) =>
        _provider.Token(role, region, audience, issuer);
}

/// <summary>The gateway in Development with its own appsettings.Development.json: the local token issuer is on.</summary>
public sealed class DevelopmentGatewayFactory : GatewayFactory
{
    protected override string Environment => "Development";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [];
}
