using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace LabourWelfare.Web.Auth;

/// <summary>
/// The signed-in user's access token for the gateway, whichever way they signed in (OpenID Connect or the Development
/// token page). Pages and the gateway client ask this and nothing else.
/// </summary>
public interface IAccessTokenProvider
{
    /// <summary>A token valid for a while yet, refreshed if it was about to expire; null when the session is gone.</summary>
    Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default);
}

/// <summary>Finds the session's tokens from the user's claims (works in a circuit, where there is no HttpContext).</summary>
public sealed class SessionAccessTokenProvider(
    AuthenticationStateProvider authenticationState, SessionTokenStore store, ITokenRefresher refresher, TimeProvider clock)
    : IAccessTokenProvider
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);

    public async Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        if (user.FindFirstValue(SessionTokenStore.SessionClaim) is not { } sessionId) return null;
        var tokens = await store.GetAsync(sessionId, cancellationToken);
        if (tokens is null) return null;
        if (tokens.ExpiresAt - clock.GetUtcNow() > refresher.RefreshBefore) return tokens.AccessToken;

        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            // Another call of this circuit may have refreshed meanwhile.
            tokens = await store.GetAsync(sessionId, cancellationToken);
            if (tokens is null) return null;
            if (tokens.ExpiresAt - clock.GetUtcNow() > refresher.RefreshBefore) return tokens.AccessToken;
            if (tokens.RefreshToken is null)
                return tokens.ExpiresAt > clock.GetUtcNow() ? tokens.AccessToken : null;
            var refreshed = await refresher.RefreshAsync(tokens.RefreshToken, cancellationToken);
            if (refreshed is null)
                return tokens.ExpiresAt > clock.GetUtcNow() ? tokens.AccessToken : null;
            await store.SetAsync(sessionId, refreshed, cancellationToken);
            return refreshed.AccessToken;
        }
        finally
        {
            _refreshing.Release();
        }
    }
}
