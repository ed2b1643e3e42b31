using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace LabourWelfare.TestSupport;

/// <summary>
/// An OpenID Connect provider for hosts configured as in Production (Auth:Authority, Auth:Audience, no shared key).
/// Its discovery document is given to the JWT handler in memory (the same object the handler would download), so
/// tests need no network; its tokens are RS256, signed with the provider's key.
/// </summary>
public sealed class TestOidcProvider
{
    public const string Authority = "https://id.labourwelfare.example/realms/labourwelfare";

    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "provider-key-1" };

    public IEnumerable<KeyValuePair<string, string?>> Configuration() =>
    [
        new("Auth:Authority", Authority),
        new("Auth:Audience", TestTokens.Audience),
    ];

    /// <summary>Hands the provider's discovery document to the JWT bearer handler.</summary>
    public void Configure(IServiceCollection services) =>
        services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var discovery = new OpenIdConnectConfiguration { Issuer = Authority };
            discovery.SigningKeys.Add(_key);
            options.Configuration = discovery;
        });

    /// <summary>A token as the provider issues it (RS256), for this audience unless told otherwise.</summary>
    public string Token(string role, string? region, string audience = TestTokens.Audience, string issuer = Authority) =>
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
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
}
