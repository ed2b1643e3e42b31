using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LabourWelfare.ServiceDefaults.Idempotency;

/// <summary>
/// POST requests with an Idempotency-Key header run at most once per caller and key: a retry with the same body gets
/// the first response again (status, Location, ETag, body) without the handler running; the same key with another
/// body answers 422; a duplicate arriving while the first is still running answers 409. Responses of 500 and above
/// (and exceptions) are not remembered, so a retry after a failure runs again. Keys are remembered for 24 hours.
/// </summary>
internal sealed class IdempotencyMiddleware<TDbContext>(RequestDelegate next, IOptions<IdempotencyOptions> options, TimeProvider clock)
    where TDbContext : DbContext
{
    /// <summary>Headers of the first response that a replay must carry.</summary>
    private static readonly string[] ReplayedHeaders = ["Location", "ETag", "Content-Type", "Content-Language"];

    public async Task InvokeAsync(HttpContext http)
    {
        var settings = options.Value;
        var key = http.Request.Headers[IdempotencyOptions.Header].ToString();
        var subject = http.User.FindFirst("sub")?.Value;
        if (!HttpMethods.IsPost(http.Request.Method) || string.IsNullOrEmpty(key) || string.IsNullOrEmpty(subject)
            || http.GetEndpoint() is null)
        {
            await next(http);
            return;
        }
        if (key.Length > settings.MaxKeyLength || key.Any(c => c < 0x20 || c > 0x7E))
        {
            await WriteProblemAsync(http, new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [IdempotencyOptions.Header] = [$"must be at most {settings.MaxKeyLength} characters."],
            })
            { Status = StatusCodes.Status400BadRequest, Title = "One or more fields are invalid." });
            return;
        }

        var hash = await FingerprintAsync(http.Request);
        await using var scope = http.RequestServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var now = clock.GetUtcNow();

        if (!await IdempotencyStore.TryClaimAsync(db, subject, key, hash, now, now + settings.Lifetime, now - settings.AbandonedAfter))
        {
            var existing = await IdempotencyStore.FindAsync(db, subject, key);
            if (existing is null || existing.StatusCode is null)
                await WriteProblemAsync(http, Problem(StatusCodes.Status409Conflict,
                    "A request with this Idempotency-Key is still being processed.", "Wait for the first request to finish, then retry."));
            else if (existing.RequestHash != hash)
                await WriteProblemAsync(http, Problem(StatusCodes.Status422UnprocessableEntity,
                    "The Idempotency-Key was used with a different request.", "Send the same body again, or use a new key for a new request."));
            else
                await ReplayAsync(http, existing);
            return;
        }

        await RunAndRememberAsync(http, db, subject, key, hash);
    }

    private async Task RunAndRememberAsync(HttpContext http, TDbContext db, string subject, string key, string hash)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        var remembered = false;
        try
        {
            await next(http);
            if (http.Response.StatusCode < StatusCodes.Status500InternalServerError)
            {
                await IdempotencyStore.CompleteAsync(db, subject, key, hash, http.Response.StatusCode,
                    JsonSerializer.Serialize(CapturedHeaders(http.Response)), buffer.ToArray());
                remembered = true;
            }
        }
        finally
        {
            http.Response.Body = original;
            if (!remembered) await IdempotencyStore.ReleaseAsync(db, subject, key, hash);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
    }

    private static Dictionary<string, string> CapturedHeaders(HttpResponse response) =>
        ReplayedHeaders.Where(h => response.Headers.ContainsKey(h)).ToDictionary(h => h, h => response.Headers[h].ToString());

    private static async Task ReplayAsync(HttpContext http, IdempotencyRecord record)
    {
        http.Response.StatusCode = record.StatusCode!.Value;
        var headers = record.ResponseHeaders is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(record.ResponseHeaders) ?? [];
        foreach (var (name, value) in headers) http.Response.Headers[name] = value;
        http.Response.Headers[IdempotencyOptions.ReplayedHeader] = "true";
        if (record.ResponseBody is { Length: > 0 } body) await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>SHA-256 of method, path, query and body: "the same request" means all of them are equal.</summary>
    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0) sha.AppendData(chunk, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static async Task WriteProblemAsync(HttpContext http, ProblemDetails problem)
    {
        http.Response.StatusCode = problem.Status!.Value;
        var service = http.RequestServices.GetService<IProblemDetailsService>();
        if (service is null || !await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }))
            await http.Response.WriteAsJsonAsync(problem, (JsonSerializerOptions?)null, "application/problem+json");
    }
}
