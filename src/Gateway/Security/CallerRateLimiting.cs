using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.RateLimiting;

namespace LabourWelfare.Gateway.Security;

/// <summary>
/// A fixed window of requests per minute for each caller: the token's subject when authenticated, otherwise the
/// client address (after trusted forwarded headers). Rejections answer 429 with Retry-After and problem details.
/// </summary>
public static class CallerRateLimiting
{
    public static IServiceCollection AddCallerRateLimiting(this IServiceCollection services, GatewaySecurityOptions options)
    {
        var permits = options.RateLimit.PermitsPerMinute;
        if (permits < 1) throw new InvalidOperationException("Gateway:RateLimit:PermitsPerMinute must be at least 1.");

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsProbe(context.Request.Path)
                    ? RateLimitPartition.GetNoLimiter("probes")
                    : RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permits,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
            limiter.OnRejected = WriteRejectionAsync;
        });
        return services;
    }

    /// <summary>Orchestrators probe health every few seconds from one address; they must never be throttled.</summary>
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments(Extensions.HealthPath) || path.StartsWithSegments(Extensions.AlivePath);

    /// <summary>"sub:&lt;subject&gt;" for a validated token, else "ip:&lt;address&gt;".</summary>
    public static string PartitionKey(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true && context.User.FindFirstValue(PlatformClaims.Subject) is { Length: > 0 } subject)
            return "sub:" + subject;
        return "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"Request limit reached; try again in {seconds} s.",
            },
        });
    }
}
