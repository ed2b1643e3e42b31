namespace LabourWelfare.Gateway.Security;

/// <summary>
/// The gateway's protections, from the "Gateway" configuration section. Defaults are safe for the public internet
/// and generous enough that normal use (and the end-to-end tests) never meets a limit.
/// </summary>
public sealed class GatewaySecurityOptions
{
    public const string Section = "Gateway";

    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Largest request body accepted, in bytes (Gateway:MaxRequestBodyBytes); larger ones answer 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    public CorsOptions Cors { get; set; } = new();

    /// <summary>
    /// Proxies (addresses like 10.0.0.5, or networks like 10.0.0.0/8) whose X-Forwarded-For/-Proto are believed
    /// (Gateway:KnownProxies). None by default: a caller cannot pick the address it is rate limited by.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    public sealed class RateLimitOptions
    {
        /// <summary>Requests per caller per minute (Gateway:RateLimit:PermitsPerMinute).</summary>
        public int PermitsPerMinute { get; set; } = 600;
    }

    public sealed class CorsOptions
    {
        /// <summary>Browser origins of our frontends (Gateway:Cors:AllowedOrigins); none by default.</summary>
        public string[] AllowedOrigins { get; set; } = [];
    }

    public static GatewaySecurityOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<GatewaySecurityOptions>() ?? new GatewaySecurityOptions();
}
