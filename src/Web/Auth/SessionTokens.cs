using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

namespace LabourWelfare.Web.Auth;

/// <summary>The tokens of one signed-in session.</summary>
public sealed record SessionTokens(string AccessToken, DateTimeOffset ExpiresAt, string? RefreshToken);

/// <summary>
/// Keeps access and refresh tokens on the server, keyed by a session id that the auth cookie carries as a claim: the
/// cookie stays small, tokens never reach the browser, and a Blazor circuit (which has no HttpContext) can still find
/// them. Backed by <see cref="IDistributedCache"/>: in memory for one replica; use a shared cache for several.
/// </summary>
public sealed class SessionTokenStore(IDistributedCache cache)
{
    public const string SessionClaim = "lw_session";

    /// <summary>How long an unused session's tokens are kept (the cookie expires with it).</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(12);

    private static string Key(string sessionId) => "lw-tokens:" + sessionId;

    public async Task<SessionTokens?> GetAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var bytes = await cache.GetAsync(Key(sessionId), cancellationToken);
        return bytes is null ? null : JsonSerializer.Deserialize<SessionTokens>(bytes);
    }

    public Task SetAsync(string sessionId, SessionTokens tokens, CancellationToken cancellationToken = default) =>
        cache.SetAsync(Key(sessionId), JsonSerializer.SerializeToUtf8Bytes(tokens),
            new DistributedCacheEntryOptions { SlidingExpiration = IdleTimeout }, cancellationToken);

    public Task RemoveAsync(string sessionId, CancellationToken cancellationToken = default) =>
        cache.RemoveAsync(Key(sessionId), cancellationToken);
}
