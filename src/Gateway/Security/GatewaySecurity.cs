using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace LabourWelfare.Gateway.Security;

/// <summary>The gateway's protections for the public internet, registered and placed in the pipeline in one place.</summary>
public static class GatewaySecurity
{
    public const string CorsPolicy = "frontends";

    public static WebApplicationBuilder AddGatewaySecurity(this WebApplicationBuilder builder)
    {
        var options = GatewaySecurityOptions.From(builder.Configuration);
        builder.Services.AddSingleton(options);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        });

        builder.Services.Configure<ForwardedHeadersOptions>(forwarded => TrustOnly(forwarded, options.KnownProxies));

        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(options.Cors.AllowedOrigins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete)
            .AllowAnyHeader()
            .WithExposedHeaders("ETag", "Location", "Retry-After", "Idempotency-Replayed", "Content-Language")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

        builder.Services.AddCallerRateLimiting(options);
        AcceptedTokenCache.AddAcceptedTokenCache(builder.Services);
        return builder;
    }

    /// <summary>
    /// The platform pipeline (see Extensions.UsePlatformPipeline: exception handler, status code problems,
    /// authentication, authorization) with the gateway's protections in their places:
    /// the real client address and scheme first; security headers on every response (errors included); the body
    /// limit and CORS before authentication (preflight requests carry no token and are answered by CORS); the rate
    /// limiter between authentication and authorization, so it partitions by the validated subject and also counts
    /// anonymous and refused requests by address.
    /// </summary>
    public static WebApplication UseGatewayPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimit>();
        app.UseCors(CorsPolicy);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    /// <summary>
    /// X-Forwarded-For and -Proto are applied only when they come from a configured proxy. With none configured the
    /// headers are not read at all: ForwardedHeadersMiddleware treats empty KnownProxies and KnownIPNetworks as
    /// "trust every peer", which would let any client pick the address it is rate limited by.
    /// </summary>
    private static void TrustOnly(ForwardedHeadersOptions forwarded, IEnumerable<string> knownProxies)
    {
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        // Walk back through every trusted hop; the first untrusted address is the client.
        forwarded.ForwardLimit = null;
        foreach (var entry in knownProxies.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()))
        {
            if (entry.Contains('/'))
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
            else
                forwarded.KnownProxies.Add(IPAddress.Parse(entry));
        }
        var anyTrusted = forwarded.KnownProxies.Count > 0 || forwarded.KnownIPNetworks.Count > 0;
        forwarded.ForwardedHeaders = anyTrusted ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
    }
}
