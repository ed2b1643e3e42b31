using LabourWelfare.TestSupport;

namespace LabourWelfare.Security.Tests.Infrastructure;

/// <summary>The gateway with small limits, one frontend origin and two trusted proxies, to see each protection act.</summary>
public sealed class TightGatewayFactory : GatewayFactory
{
    public const int PermitsPerMinute = 5;
    public const int MaxBodyBytes = 1024;
    public const string Frontend = "https://app.labourwelfare.example";
    public const string TrustedProxy = "10.0.0.5";
    public const string TrustedNetwork = "192.168.50.0/24";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        .. TestTokens.Configuration(),
        new("Gateway:RateLimit:PermitsPerMinute", PermitsPerMinute.ToString()),
        new("Gateway:MaxRequestBodyBytes", MaxBodyBytes.ToString()),
        new("Gateway:Cors:AllowedOrigins:0", Frontend),
        new("Gateway:KnownProxies:0", TrustedProxy),
        new("Gateway:KnownProxies:1", TrustedNetwork),
    ];
}
