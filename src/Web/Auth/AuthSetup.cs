using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LabourWelfare.Web.Auth;

/// <summary>
/// Cookie sessions, signed in either by OpenID Connect (code flow + PKCE at <c>Auth:Authority</c>) or, in Development
/// without an authority, by the development token page. Both end in the same cookie: its sign-in hook moves the
/// tokens into <see cref="SessionTokenStore"/> and copies role, region and national id from the access token into the
/// user's claims, so the pages and <see cref="IAccessTokenProvider"/> do not care which way was used.
/// </summary>
public static class AuthSetup
{
    public const string IdentityClient = "identity";

    /// <summary>The claims the UI needs (menus by role, region culture); taken from the access token the gateway checks.</summary>
    private static readonly string[] CopiedClaims =
        [PlatformClaims.Subject, PlatformClaims.UserName, PlatformClaims.Role, PlatformClaims.Region, PlatformClaims.NationalId, PlatformClaims.Name];

    public static WebApplicationBuilder AddWebAuthentication(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(WebAuthOptions.Section);
        builder.Services.Configure<WebAuthOptions>(section);
        var settings = section.Get<WebAuthOptions>() ?? new WebAuthOptions();
        if (!settings.UsesOpenIdConnect && !builder.Environment.IsDevelopment())
            throw new InvalidOperationException(
                "Configure Auth:Authority (the platform's OpenID Connect provider); development sign-in exists only in Development.");

        builder.Services.AddDistributedMemoryCache();
        builder.Services.AddSingleton<SessionTokenStore>();
        builder.Services.AddScoped<IAccessTokenProvider, SessionAccessTokenProvider>();
        builder.Services.AddSingleton<ITokenRefresher, OpenIdConnectTokenRefresher>();
        builder.Services.AddHttpClient(IdentityClient);
        builder.Services.AddCascadingAuthenticationState();

        var authentication = builder.Services.AddAuthentication(options =>
        {
            options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.DefaultChallengeScheme = settings.UsesOpenIdConnect
                ? OpenIdConnectDefaults.AuthenticationScheme
                : CookieAuthenticationDefaults.AuthenticationScheme;
        });
        authentication.AddCookie(options =>
        {
            options.Cookie.Name = "lw.session";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = SessionTokenStore.IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = "/account/signin";
            options.AccessDeniedPath = "/";
            options.Events.OnSigningIn = MoveTokensToStore;
            options.Events.OnValidatePrincipal = RejectWithoutTokens;
        });
        if (settings.UsesOpenIdConnect)
        {
            authentication.AddOpenIdConnect(options =>
            {
                options.Authority = settings.Authority;
                options.ClientId = settings.ClientId;
                options.ClientSecret = settings.ClientSecret;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.SaveTokens = true;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.MapInboundClaims = false;
                options.RequireHttpsMetadata = !builder.Environment.IsDevelopment();
                options.CallbackPath = "/signin-oidc";
                options.SignedOutCallbackPath = "/signout-callback-oidc";
                options.SignedOutRedirectUri = "/";
                options.Scope.Clear();
                foreach (var scope in settings.Scopes) options.Scope.Add(scope);
                options.TokenValidationParameters.NameClaimType = PlatformClaims.Name;
                options.TokenValidationParameters.RoleClaimType = PlatformClaims.Role;
                // The provider's sign-in page opens in the language the user reads here.
                options.Events.OnRedirectToIdentityProvider = context =>
                {
                    context.ProtocolMessage.UiLocales = System.Globalization.CultureInfo.CurrentUICulture.Name;
                    return Task.CompletedTask;
                };
            });
        }
        builder.Services.AddAuthorization();
        return builder;
    }

    /// <summary>
    /// Signs a user in with a token from anywhere (the development token page): the same cookie, the same hook.
    /// </summary>
    public static Task SignInWithTokenAsync(HttpContext context, string accessToken, DateTimeOffset expiresAt, string? returnUrl)
    {
        var identity = new ClaimsIdentity("dev-token", PlatformClaims.Name, PlatformClaims.Role);
        var properties = new AuthenticationProperties { RedirectUri = returnUrl };
        properties.StoreTokens([
            new AuthenticationToken { Name = "access_token", Value = accessToken },
            new AuthenticationToken { Name = "expires_at", Value = expiresAt.ToString("o", CultureInfo.InvariantCulture) },
        ]);
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity), properties);
    }

    private static async Task MoveTokensToStore(CookieSigningInContext context)
    {
        var accessToken = context.Properties.GetTokenValue("access_token");
        if (accessToken is null || context.Principal?.Identity is not ClaimsIdentity identity) return;
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var expiresAt = DateTimeOffset.TryParse(context.Properties.GetTokenValue("expires_at"), CultureInfo.InvariantCulture,
            DateTimeStyles.RoundtripKind, out var at) ? at : clock.GetUtcNow().AddMinutes(5);

        var jwt = new JsonWebToken(accessToken);
        foreach (var type in CopiedClaims)
        {
            if (identity.HasClaim(c => c.Type == type)) continue;
            foreach (var claim in jwt.Claims.Where(c => c.Type == type))
                identity.AddClaim(new Claim(type, claim.Value));
        }
        if (!identity.HasClaim(c => c.Type == PlatformClaims.Name) && jwt.Subject is { Length: > 0 } subject)
            identity.AddClaim(new Claim(PlatformClaims.Name, subject));

        var sessionId = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        identity.AddClaim(new Claim(SessionTokenStore.SessionClaim, sessionId));
        var store = context.HttpContext.RequestServices.GetRequiredService<SessionTokenStore>();
        await store.SetAsync(sessionId, new SessionTokens(accessToken, expiresAt, context.Properties.GetTokenValue("refresh_token")));

        // Only the id token stays in the cookie (the provider's sign-out wants it as a hint).
        var idToken = context.Properties.GetTokenValue("id_token");
        context.Properties.StoreTokens(idToken is null ? [] : [new AuthenticationToken { Name = "id_token", Value = idToken }]);
    }

    /// <summary>A cookie whose tokens are gone (the app restarted, the session idled out) signs the user out.</summary>
    private static async Task RejectWithoutTokens(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.FindFirstValue(SessionTokenStore.SessionClaim);
        var store = context.HttpContext.RequestServices.GetRequiredService<SessionTokenStore>();
        if (sessionId is null || await store.GetAsync(sessionId, context.HttpContext.RequestAborted) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    public static async Task SignOutAsync(HttpContext context, WebAuthOptions settings)
    {
        if (context.User.FindFirstValue(SessionTokenStore.SessionClaim) is { } sessionId)
            await context.RequestServices.GetRequiredService<SessionTokenStore>().RemoveAsync(sessionId);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (settings.UsesOpenIdConnect)
            await context.SignOutAsync(OpenIdConnectDefaults.AuthenticationScheme, new AuthenticationProperties { RedirectUri = "/" });
        else
            context.Response.Redirect("/");
    }
}
