using System.Security.Claims;
using LabourWelfare.Gateway.Security;
using Microsoft.Extensions.Time.Testing;

namespace LabourWelfare.Security.Tests.Gateway;

/// <summary>
/// The gateway skips a second full check of a token it accepted, but never beyond the token's own expiry nor for more
/// than <see cref="AcceptedTokenCache.MaxAge"/>: a token that has expired is refused at the gateway as before.
/// </summary>
public sealed class AcceptedTokenCacheTests
{
    private const string Scheme = "Bearer";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_accepted_token_is_remembered_until_it_expires()
    {
        var cache = new AcceptedTokenCache(_clock);
        cache.Add(Scheme, "token-a", Principal("inspector-1"), (_clock.GetUtcNow() + TimeSpan.FromSeconds(60)).UtcDateTime);

        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.True(cache.TryGet(Scheme, "token-a", out var principal), "a token one second before its expiry must still be remembered");
        Assert.Equal("inspector-1", principal.FindFirstValue("sub"));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(cache.TryGet(Scheme, "token-a", out _), "a token at its expiry must be checked again (and refused)");
    }

    [Fact]
    public void A_long_lived_token_is_checked_again_after_the_maximum_age()
    {
        var cache = new AcceptedTokenCache(_clock);
        cache.Add(Scheme, "token-b", Principal("partner"), (_clock.GetUtcNow() + TimeSpan.FromHours(1)).UtcDateTime);

        _clock.Advance(AcceptedTokenCache.MaxAge - TimeSpan.FromSeconds(1));
        Assert.True(cache.TryGet(Scheme, "token-b", out _));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(cache.TryGet(Scheme, "token-b", out _), $"no token may be trusted for longer than {AcceptedTokenCache.MaxAge} without a check");
    }

    [Fact]
    public void An_expired_token_is_never_remembered()
    {
        var cache = new AcceptedTokenCache(_clock);
        cache.Add(Scheme, "token-c", Principal("inspector-1"), (_clock.GetUtcNow() - TimeSpan.FromSeconds(1)).UtcDateTime);

        Assert.False(cache.TryGet(Scheme, "token-c", out _));
    }

    [Fact]
    public void Tokens_are_remembered_per_scheme_and_each_request_gets_its_own_principal()
    {
        var cache = new AcceptedTokenCache(_clock);
        cache.Add(Scheme, "token-d", Principal("inspector-1"), (_clock.GetUtcNow() + TimeSpan.FromMinutes(1)).UtcDateTime);

        Assert.False(cache.TryGet("OtherScheme", "token-d", out _), "a token accepted by one scheme says nothing about another");
        Assert.True(cache.TryGet(Scheme, "token-d", out var first));
        ((ClaimsIdentity)first.Identity!).AddClaim(new Claim("role", "admin"));
        Assert.True(cache.TryGet(Scheme, "token-d", out var second));
        Assert.False(second.HasClaim("role", "admin"), "a claim one request added must not leak into the next request's principal");
    }

    private static ClaimsPrincipal Principal(string subject) => new(new ClaimsIdentity([new Claim("sub", subject)], "Bearer"));
}
