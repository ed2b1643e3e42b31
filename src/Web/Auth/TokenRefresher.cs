using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace LabourWelfare.Web.Auth;

public interface ITokenRefresher
{
    TimeSpan RefreshBefore { get; }

    /// <summary>New tokens for a refresh token, or null when the provider refuses (the user signs in again).</summary>
    Task<SessionTokens?> RefreshAsync(string refreshToken, CancellationToken cancellationToken);
}

/// <summary>
/// The refresh_token grant against the provider's token endpoint (from its discovery document), as the confidential
/// client "web". Development tokens have no refresh token and are never refreshed.
/// </summary>
public sealed class OpenIdConnectTokenRefresher(
    IOptionsMonitor<OpenIdConnectOptions> oidc, IOptions<WebAuthOptions> options, IHttpClientFactory httpClients,
    TimeProvider clock, ILogger<OpenIdConnectTokenRefresher> logger) : ITokenRefresher
{
    public TimeSpan RefreshBefore => options.Value.RefreshBefore;

    public async Task<SessionTokens?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.UsesOpenIdConnect) return null;
        var oidcOptions = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await oidcOptions.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        using var http = httpClients.CreateClient(AuthSetup.IdentityClient);
        using var response = await http.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = settings.ClientId,
            ["client_secret"] = settings.ClientSecret ?? string.Empty,
        }), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogInformation("Token refresh refused ({Status}); the user signs in again.", (int)response.StatusCode);
            return null;
        }
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        var root = json.RootElement;
        var expiresIn = root.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var seconds) ? seconds : 300;
        return new SessionTokens(
            root.GetProperty("access_token").GetString()!,
            clock.GetUtcNow().AddSeconds(expiresIn),
            root.TryGetProperty("refresh_token", out var r) ? r.GetString() : refreshToken);
    }
}
