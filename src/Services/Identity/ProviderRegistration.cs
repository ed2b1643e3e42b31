using LabourWelfare.Identity.Data;
using LabourWelfare.Identity.Domain;
using LabourWelfare.Identity.Features.Connect;
using LabourWelfare.Identity.Keys;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LabourWelfare.Identity;

/// <summary>
/// The provider's composition: accounts (ASP.NET Core Identity: password rules, lockout, authenticator codes),
/// the OpenIddict server (code flow with PKCE, refresh tokens with rotation, client credentials; JWT access tokens
/// signed with the key ring), OpenIddict validation of its own tokens for the admin API, and Data Protection keys
/// in the database so every replica reads every cookie and key.
/// </summary>
public static class ProviderRegistration
{
    public const string ProviderName = "LabourWelfare";

    public static IHostApplicationBuilder AddIdentityProvider(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Identity").Get<IdentitySettings>() ?? new IdentitySettings();
        builder.Services.AddSingleton(settings);
        var auth = AuthSettings.From(builder.Configuration);
        var localHttpAllowed = PlatformAuthentication.SharedKeyEnvironments.Any(builder.Environment.IsEnvironment);

        builder.Services.AddDataProtection().SetApplicationName("LabourWelfare.Identity").PersistKeysToDbContext<AccountsDbContext>();

        builder.Services.AddIdentity<PlatformUser, IdentityRole>(options =>
            {
                // Claims named as in the tokens, so the sign-in cookie and the audit trail ("sub") speak the same names.
                options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                options.ClaimsIdentity.UserNameClaimType = Claims.PreferredUsername;
                options.ClaimsIdentity.RoleClaimType = Claims.Role;
                options.ClaimsIdentity.EmailClaimType = Claims.Email;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789-._@";
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders();
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/connect/logout";
            options.AccessDeniedPath = "/Account/Login";
            options.ExpireTimeSpan = settings.Tokens.SessionLifetime;
            options.SlidingExpiration = false;
            options.Cookie.Name = "lw.identity";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = localHttpAllowed ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        // A disabled account's session ends within a minute, not at the default half hour.
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        builder.Services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<AccountsDbContext>())
            .AddServer(options =>
            {
                options.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetRevocationEndpointUris("connect/revoke");
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();
                // PKCE with S256 only: "plain" would hand the verifier to anyone who sees the authorization request.
                options.Configure(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                options.RejectControlCharacters();
                options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess);
                options.SetAccessTokenLifetime(settings.Tokens.AccessTokenLifetime)
                    .SetIdentityTokenLifetime(settings.Tokens.IdentityTokenLifetime)
                    .SetRefreshTokenLifetime(settings.Tokens.RefreshTokenLifetime)
                    .SetRefreshTokenReuseLeeway(settings.Tokens.RefreshTokenReuseLeeway > TimeSpan.Zero ? settings.Tokens.RefreshTokenReuseLeeway : null);
                // Services validate plain signed JWTs against the JWKS; keys come from the key ring (KeyRingServerOptions).
                options.DisableAccessTokenEncryption();
                if (!string.IsNullOrEmpty(settings.Issuer)) options.SetIssuer(new Uri(settings.Issuer, UriKind.Absolute));

                var aspNetCore = options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableStatusCodePagesIntegration();
                if (!(settings.RequireHttps ?? !localHttpAllowed)) aspNetCore.DisableTransportSecurityRequirement();
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                options.AddAudiences(auth.Audience);
                options.UseAspNetCore();
            });
        builder.Services.AddKeyRing();
        builder.Services.AddProtocolErrorsToProblems();

        builder.Services.AddAuthorization(options =>
        {
            // Pages and endpoints without their own policy need a signed-in user; the admin API names its own.
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            options.AddPolicy(Access.ManageOfficers, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireRole(Access.Table[Access.ManageOfficers]));
        });
        return builder;
    }
}
