using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
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

    /// <summary>Scheme of the shared-key (HS256) tokens when an authority is configured too (Development/Testing only).</summary>
    public const string SharedKeyScheme = "SharedKeyBearer";

    /// <summary>
    /// JWT bearer on every endpoint: issuer, audience, lifetime (30 s skew) and signature are all checked; unsigned
    /// ("alg": "none") tokens are refused. The fallback policy makes every endpoint without its own policy require an
    /// authenticated caller; health endpoints opt out explicitly.
    /// With Auth:Authority only the provider's tokens are accepted. In Development and Testing, when Auth:SigningKey
    /// is set as well, tokens of the local issuer are accepted too: the bearer scheme forwards a token whose issuer is
    /// the local one to a second scheme that checks it against the shared key, so each issuer is held to its own key.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var settings = AuthSettings.From(builder.Configuration);
        var sharedKeyAllowed = SharedKeyEnvironments.Any(builder.Environment.IsEnvironment);
        if (string.IsNullOrEmpty(settings.Authority) && settings.SymmetricKey is null)
            throw new InvalidOperationException("Configure Auth:Authority (OpenID Connect) or Auth:SigningKey.");
        if (settings.SigningKey is { Length: < 32 })
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters.");
        if (string.IsNullOrEmpty(settings.Authority) && !sharedKeyAllowed)
            throw new InvalidOperationException(
                $"The shared signing key (Auth:SigningKey) is for {string.Join(" and ", SharedKeyEnvironments)} only; " +
                $"in '{builder.Environment.EnvironmentName}' configure Auth:Authority (an OpenID Connect provider) and Auth:Audience.");

        var authentication = builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme);
        if (string.IsNullOrEmpty(settings.Authority))
        {
            authentication.AddJwtBearer(options => ConfigureSharedKey(options, settings));
        }
        else
        {
            var acceptSharedKey = sharedKeyAllowed && settings.SymmetricKey is not null;
            authentication.AddJwtBearer(options =>
            {
                ConfigureAuthority(options, settings, requireHttps: !sharedKeyAllowed);
                if (acceptSharedKey)
                    options.ForwardDefaultSelector = context => IssuerOf(context.Request) == settings.Issuer ? SharedKeyScheme : null;
            });
            if (acceptSharedKey) authentication.AddJwtBearer(SharedKeyScheme, options => ConfigureSharedKey(options, settings));
        }
        builder.Services.AddAuthorization(options =>
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    private static void ConfigureAuthority(JwtBearerOptions options, AuthSettings settings, bool requireHttps)
    {
        options.MapInboundClaims = false;
        options.Authority = settings.Authority;
        // Plain HTTP metadata only where a shared key may be used too (Development, Testing).
        options.RequireHttpsMetadata = requireHttps;
        options.TokenValidationParameters = CommonParameters(settings);
        options.TokenValidationParameters.ValidAlgorithms =
            [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSsaPssSha256];
    }

    private static void ConfigureSharedKey(JwtBearerOptions options, AuthSettings settings)
    {
        options.MapInboundClaims = false;
        options.TokenValidationParameters = CommonParameters(settings);
        options.TokenValidationParameters.ValidIssuer = settings.Issuer;
        options.TokenValidationParameters.IssuerSigningKey = settings.SymmetricKey;
        options.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
    }

    private static TokenValidationParameters CommonParameters(AuthSettings settings) => new()
    {
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidAudience = settings.Audience,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        NameClaimType = PlatformClaims.Subject,
        RoleClaimType = PlatformClaims.Role,
    };

    /// <summary>The unvalidated "iss" of the bearer token, only to pick the scheme that then validates it.</summary>
    private static string? IssuerOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return null;
        var token = header["Bearer ".Length..].Trim();
        var handler = new JsonWebTokenHandler();
        if (!handler.CanReadToken(token)) return null;
        try
        {
            return handler.ReadJsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
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
