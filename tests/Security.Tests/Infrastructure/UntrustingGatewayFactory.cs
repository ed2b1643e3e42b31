using LabourWelfare.TestSupport;

namespace LabourWelfare.Security.Tests.Infrastructure;

/// <summary>
/// The gateway in Development (so POST /dev/token exists) with small limits and no known proxies, as it runs when
/// nobody configured Gateway:KnownProxies: a client's own X-Forwarded-For must change nothing.
/// </summary>
public sealed class UntrustingGatewayFactory : GatewayFactory
{
    public const int PermitsPerMinute = 5;

    protected override string Environment => "Development";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        .. TestTokens.Configuration(),
        new("Gateway:RateLimit:PermitsPerMinute", PermitsPerMinute.ToString()),
    ];
}
