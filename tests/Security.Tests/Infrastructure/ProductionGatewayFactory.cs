using System.Security.Cryptography;
using LabourWelfare.TestSupport;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace LabourWelfare.Security.Tests.Infrastructure;

/// <summary>
/// The gateway as configured in Production: an OpenID Connect authority (Auth:Authority, Auth:Audience) and no shared
/// key. The provider's discovery document is given in memory (the same object the handler would download), so the
/// test needs no network; tokens are RS256, signed with the provider's key.
/// </summary>
public sealed class ProductionGatewayFactory : GatewayFactory
{
    public const string Authority = "https://id.labourwelfare.example/realms/labourwelfare";

    private readonly RsaSecurityKey _providerKey = new(RSA.Create(2048)) { KeyId = "provider-key-1" };

    protected override string Environment => "Production";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Auth:Authority", Authority),
        new("Auth:Audience", TestTokens.Audience),
    ];

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var discovery = new OpenIdConnectConfiguration { Issuer = Authority };
            discovery.SigningKeys.Add(_providerKey);
            options.Configuration = discovery;
        });

    /// <summary>A token as the provider issues it (RS256), for this audience unless told otherwise.</summary>
    public string ProviderToken(string role, string? region, string audience = TestTokens.Audience, string issuer = Authority) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = $"oidc-{Guid.NewGuid():N}",
                ["role"] = role,
                ["region"] = region ?? "",
            },
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(_providerKey, SecurityAlgorithms.RsaSha256),
        });
}

/// <summary>The gateway in Development with its own appsettings.Development.json: the local token issuer is on.</summary>
public sealed class DevelopmentGatewayFactory : GatewayFactory
{
    protected override string Environment => "Development";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [];
}
