using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace LabourWelfare.Gateway.Security;

/// <summary>
/// The gateway checks every token and each service checks it again. A caller sends the same token with every request
/// for its lifetime, so the gateway remembers a token it accepted (its signature, issuer, audience and lifetime) and
/// skips parsing and verifying it again until the token expires, or for <see cref="MaxAge"/> at most. The services
/// still validate every request in full. Measured in docs/benchmarks.md.
/// </summary>
public sealed class AcceptedTokenCache
{
    /// <summary>How long an accepted token is trusted without a new check, whatever its own lifetime.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(2);

    /// <summary>Entries kept at most; beyond it the cache starts again (bounded memory under a flood of tokens).</summary>
    public const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<(string Scheme, string Token), Entry> _entries = new();
    private readonly TimeProvider _clock;

    public AcceptedTokenCache(TimeProvider clock) => _clock = clock;

    private sealed record Entry(ClaimsPrincipal Principal, DateTimeOffset Until);

    public bool TryGet(string scheme, string token, out ClaimsPrincipal principal)
    {
        if (_entries.TryGetValue((scheme, token), out var entry))
        {
            if (entry.Until > _clock.GetUtcNow())
            {
                principal = Copy(entry.Principal); // each request gets its own, as a fresh validation would give
                return true;
            }
            _entries.TryRemove((scheme, token), out _);
        }
        principal = null!;
        return false;
    }

    public void Add(string scheme, string token, ClaimsPrincipal principal, DateTime validTo)
    {
        var now = _clock.GetUtcNow();
        var until = new DateTimeOffset(DateTime.SpecifyKind(validTo, DateTimeKind.Utc));
        if (until <= now) return;
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[(scheme, token)] = new Entry(Copy(principal), until < now + MaxAge ? until : now + MaxAge);
    }

    /// <summary>
    /// A copy down to the identities: <see cref="ClaimsPrincipal.Clone"/> shares them, so a claim one request adds (a
    /// claims transformation) would reach every later request with the same token.
    /// </summary>
    private static ClaimsPrincipal Copy(ClaimsPrincipal principal) => new(principal.Identities.Select(identity => identity.Clone()));

    /// <summary>Hooks the cache into every JWT bearer scheme of the gateway, keeping any events already configured.</summary>
    public static IServiceCollection AddAcceptedTokenCache(IServiceCollection services)
    {
        services.AddSingleton<AcceptedTokenCache>();
        services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, UseCache>();
        return services;
    }

    private sealed class UseCache(AcceptedTokenCache cache) : IPostConfigureOptions<JwtBearerOptions>
    {
        public void PostConfigure(string? name, JwtBearerOptions options)
        {
            var scheme = name ?? JwtBearerDefaults.AuthenticationScheme;
            options.Events ??= new JwtBearerEvents();
            var received = options.Events.OnMessageReceived;
            var validated = options.Events.OnTokenValidated;
            options.Events.OnMessageReceived = async context =>
            {
                await received(context);
                if (context.Result is not null) return;
                if (BearerToken(context.Request) is { } token && cache.TryGet(scheme, token, out var principal))
                {
                    context.Principal = principal;
                    context.Success();
                }
            };
            options.Events.OnTokenValidated = async context =>
            {
                await validated(context);
                if (context.Result is { Failure: not null } || context.Principal is null) return;
                if (BearerToken(context.Request) is { } token && context.SecurityToken is { } securityToken)
                    cache.Add(scheme, token, context.Principal, securityToken.ValidTo);
            };
        }

        private static string? BearerToken(HttpRequest request)
        {
            var header = request.Headers.Authorization.ToString();
            return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
        }
    }
}
