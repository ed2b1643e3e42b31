using System.Net.Http.Json;
using LabourWelfare.Web.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LabourWelfare.Web.Auth;

/// <summary>Sign-in and sign-out. Development token sign-in is mapped only in Development without an authority.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<WebAuthOptions>>().Value;

        app.MapGet("/account/signin", (HttpContext context, string? returnUrl) =>
        {
            var target = LocalUrl(returnUrl);
            return settings.UsesOpenIdConnect
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = target })
                : Results.Redirect("/account/dev-signin?returnUrl=" + Uri.EscapeDataString(target));
        }).AllowAnonymous();

        app.MapPost("/account/signout", (HttpContext context) => AuthSetup.SignOutAsync(context, settings));

        if (!settings.UsesOpenIdConnect && app.Environment.IsDevelopment())
        {
            app.MapPost("/account/dev-signin", async (HttpContext context, [FromForm] string account, [FromForm] string? returnUrl,
                GatewayClient gateway, TimeProvider clock) =>
            {
                var chosen = settings.DevAccounts.FirstOrDefault(a => a.Subject == account);
                if (chosen is null) return Results.Redirect("/account/dev-signin?error=account");
                var token = await gateway.GetDevTokenAsync(chosen, context.RequestAborted);
                if (token is null) return Results.Redirect("/account/dev-signin?error=gateway");
                await AuthSetup.SignInWithTokenAsync(context, token.AccessToken, clock.GetUtcNow().AddSeconds(token.ExpiresIn), LocalUrl(returnUrl));
                return Results.LocalRedirect(LocalUrl(returnUrl));
            }).AllowAnonymous();
        }
    }

    /// <summary>Only paths of this application: an open redirect would hand a session to someone else's site.</summary>
    public static string LocalUrl(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}

public sealed record DevTokenResponse(string AccessToken, string TokenType, int ExpiresIn);
