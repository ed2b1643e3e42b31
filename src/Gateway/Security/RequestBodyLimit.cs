using Microsoft.AspNetCore.Http.Features;

namespace LabourWelfare.Gateway.Security;

/// <summary>
/// Refuses request bodies above Gateway:MaxRequestBodyBytes before anything reads them: 413 with problem details
/// when Content-Length says so up front; for chunked bodies the server's own limit (set to the same value) stops
/// the read part-way.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, GatewaySecurityOptions options)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var limit = options.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Request body too large",
                    Detail = $"Request bodies may be at most {limit} bytes.",
                },
            });
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = limit;
        await next(context);
    }
}
