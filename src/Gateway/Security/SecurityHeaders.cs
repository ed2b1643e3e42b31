namespace LabourWelfare.Gateway.Security;

/// <summary>
/// Security headers on every response, including errors and responses proxied from the services (set when the
/// response starts, so nothing downstream can drop them), and no Server header revealing the software.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IHostEnvironment environment)
{
    /// <summary>The API answers JSON only: nothing may load, run or frame it.</summary>
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The API reference page (/scalar) is HTML that runs Scalar's script and styles (served from its CDN unless
    /// bundled) and fetches our OpenAPI documents from this origin. Only that path gets this policy; it still may
    /// not be framed and may talk only to this origin.
    /// </summary>
    public const string ApiReferenceContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; " +
        "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; " +
        "font-src 'self' data: https://fonts.gstatic.com https://cdn.jsdelivr.net; img-src 'self' data: https:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'none'";

    public const string ApiReferencePath = "/scalar";

    /// <summary>One year, subdomains included. Browsers honour it only over HTTPS, so it is harmless on plain HTTP.</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiReferencePath)
            ? ApiReferenceContentSecurityPolicy
            : ApiContentSecurityPolicy;
        // Responses carry personal data: no shared cache may keep them unless a service says otherwise.
        if (string.IsNullOrEmpty(headers.CacheControl)) headers.CacheControl = "no-store";
        if (!environment.IsDevelopment()) headers.StrictTransportSecurity = StrictTransportSecurity;
        // Proxied responses carry the service's Server header; the gateway's own is switched off in Kestrel.
        headers.Remove("Server");
    }
}
