using LabourWelfare.Identity.Domain;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LabourWelfare.Identity.Features.Connect;

/// <summary>
/// The OpenID Connect endpoints OpenIddict passes through to us once it has validated the request (a malformed one
/// never gets here: OpenIddict answers it with the protocol error): authorize signs in the account behind the cookie
/// of the sign-in pages, token issues and refreshes tokens, logout ends the session.
/// </summary>
public static class ConnectEndpoints
{
    public static void MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).AllowAnonymous().AcceptAnyQueryParameters().ExcludeFromDescription();
        app.MapPost("/connect/token", TokenAsync).AllowAnonymous().AcceptAnyQueryParameters().ExcludeFromDescription();
        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], LogoutAsync).AllowAnonymous().AcceptAnyQueryParameters().ExcludeFromDescription();
    }

    internal static async Task<IResult> AuthorizeAsync(
        HttpContext http, UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, IConfiguration configuration)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal) : null;
        if (user is { IsDisabled: true })
        {
            await signIn.SignOutAsync();
            user = null;
        }

        if (user is null || request.HasPromptValue(PromptValues.Login) || SessionTooOld(session, request))
        {
            if (request.HasPromptValue(PromptValues.None))
                return Forbid(Errors.LoginRequired, "The user is not signed in.");
            // Back here after the sign-in pages, without prompt=login (or the user would be asked forever).
            return Results.Challenge(new AuthenticationProperties { RedirectUri = ReturnUrl(http, dropLoginPrompt: true) },
                [IdentityConstants.ApplicationScheme]);
        }

        // No token before a temporary password is replaced, nor for an admin without a second factor.
        var returnUrl = ReturnUrl(http, dropLoginPrompt: false);
        if (user.MustChangePassword)
            return Results.Redirect("/Account/ChangePassword?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        if (!user.TwoFactorEnabled && await users.IsInRoleAsync(user, Roles.Admin))
            return Results.Redirect("/Account/Authenticator?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        var principal = await TokenPrincipal.ForUserAsync(user, users, request.GetScopes(), AuthSettings.From(configuration).Audience);
        return Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    internal static async Task<IResult> TokenAsync(
        HttpContext http, UserManager<PlatformUser> users, IOpenIddictApplicationManager applications, IConfiguration configuration)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var audience = AuthSettings.From(configuration).Audience;

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!);
            if (application is null) return Forbid(Errors.InvalidClient, "The client is not known.");
            return Results.SignIn(TokenPrincipal.ForPartner(request.ClientId!, await applications.GetDisplayNameAsync(application),
                request.GetScopes(), audience), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // The code or refresh token was validated by OpenIddict (signature, expiry, redemption, revocation).
            var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var subject = result.Principal?.GetClaim(Claims.Subject);
            var user = subject is null ? null : await users.FindByIdAsync(subject);
            if (user is null || user.IsDisabled)
                return Forbid(Errors.InvalidGrant, "The token is no longer valid.");
            return Results.SignIn(await TokenPrincipal.ForUserAsync(user, users, result.Principal!.GetScopes(), audience),
                properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Forbid(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    internal static async Task<IResult> LogoutAsync(SignInManager<PlatformUser> signIn)
    {
        await signIn.SignOutAsync();
        // OpenIddict redirects to the client's registered post_logout_redirect_uri (or here, "/", when none was sent).
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Forbid(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static bool SessionTooOld(AuthenticateResult session, OpenIddictRequest request) =>
        request.MaxAge is { } maxAge && session.Properties?.IssuedUtc is { } issued &&
        DateTimeOffset.UtcNow - issued > TimeSpan.FromSeconds(maxAge);

    /// <summary>This authorization request again (query or form), optionally without prompt=login.</summary>
    private static string ReturnUrl(HttpContext http, bool dropLoginPrompt)
    {
        var parameters = http.Request.HasFormContentType
            ? http.Request.Form.Select(p => KeyValuePair.Create(p.Key, p.Value))
            : http.Request.Query.Select(p => KeyValuePair.Create(p.Key, p.Value));
        var kept = new List<KeyValuePair<string, StringValues>>();
        foreach (var (key, value) in parameters)
        {
            if (dropLoginPrompt && key == Parameters.Prompt)
            {
                var prompts = value.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => p != PromptValues.Login).ToArray();
                if (prompts.Length > 0) kept.Add(KeyValuePair.Create(key, new StringValues(string.Join(' ', prompts))));
                continue;
            }
            kept.Add(KeyValuePair.Create(key, value));
        }
        return http.Request.PathBase + http.Request.Path + QueryString.Create(kept);
    }
}
