using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace LabourWelfare.ServiceDefaults;

/// <summary>Token settings (section "Auth"): a real OpenID Connect provider by Authority, or a shared signing key.</summary>
public sealed class AuthSettings
{
    /// <summary>OpenID Connect authority (production): keys and issuer come from its metadata.</summary>
    public string? Authority { get; set; }

    public string Issuer { get; set; } = "labourwelfare-dev";

    public string Audience { get; set; } = "labourwelfare";

    /// <summary>Symmetric HS256 key (at least 32 characters) of the Development token issuer and of tests.</summary>
    public string? SigningKey { get; set; }

    public static AuthSettings From(IConfiguration configuration) =>
        configuration.GetSection("Auth").Get<AuthSettings>() ?? new AuthSettings();

    public SymmetricSecurityKey? SymmetricKey =>
        string.IsNullOrEmpty(SigningKey) ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey));
}

public static class PlatformAuthentication
{
    /// <summary>Clock skew allowed on token lifetimes.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Environments where tokens may be checked against the shared HS256 key (the local Development issuer and test
    /// fixtures). Everywhere else an OpenID Connect authority is required, so a leaked development key is worthless.
    /// </summary>
    public static readonly IReadOnlyList<string> SharedKeyEnvironments = ["Development", "Testing"];

    /// <summary>
    /// JWT bearer on every endpoint: issuer, audience, lifetime (30 s skew) and signature are all checked; unsigned
    /// ("alg": "none") tokens are refused. The fallback policy makes every endpoint without its own policy require an
    /// authenticated caller; health endpoints opt out explicitly.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var settings = AuthSettings.From(builder.Configuration);
        if (string.IsNullOrEmpty(settings.Authority) && settings.SymmetricKey is null)
            throw new InvalidOperationException("Configure Auth:Authority (OpenID Connect) or Auth:SigningKey.");
        if (settings.SigningKey is { Length: < 32 })
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters.");
        if (string.IsNullOrEmpty(settings.Authority) && !SharedKeyEnvironments.Any(builder.Environment.IsEnvironment))
            throw new InvalidOperationException(
                $"The shared signing key (Auth:SigningKey) is for {string.Join(" and ", SharedKeyEnvironments)} only; " +
                $"in '{builder.Environment.EnvironmentName}' configure Auth:Authority (an OpenID Connect provider) and Auth:Audience.");

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            if (!string.IsNullOrEmpty(settings.Authority))
            {
                options.Authority = settings.Authority;
                options.RequireHttpsMetadata = !builder.Environment.IsDevelopment();
            }
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidIssuer = string.IsNullOrEmpty(settings.Authority) ? settings.Issuer : null,
                ValidateAudience = true,
                ValidAudience = settings.Audience,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                ClockSkew = ClockSkew,
                RequireSignedTokens = true,
                ValidateIssuerSigningKey = true,
                IssuerSigningKey = string.IsNullOrEmpty(settings.Authority) ? settings.SymmetricKey : null,
                ValidAlgorithms = string.IsNullOrEmpty(settings.Authority)
                    ? [SecurityAlgorithms.HmacSha256]
                    : [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSsaPssSha256],
                NameClaimType = PlatformClaims.Subject,
                RoleClaimType = PlatformClaims.Role,
            };
        });
        builder.Services.AddAuthorization(options =>
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    /// <summary>
    /// Registers a service's access table: policy name → roles allowed. One table per service, read as data;
    /// region and ownership are then checked against the record by the handler.
    /// </summary>
    public static IServiceCollection AddAccessPolicies(this IServiceCollection services, IReadOnlyDictionary<string, string[]> table)
    {
        services.AddAuthorization(options =>
        {
            foreach (var (policy, roles) in table)
                options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        });
        return services;
    }
}
