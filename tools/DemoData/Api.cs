using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace LabourWelfare.DemoData;

/// <summary>An answer of the gateway: status, JSON body (Undefined when empty), ETag and Location headers.</summary>
public sealed record Reply(int Status, JsonElement Body, string? ETag, bool Replayed = false)
{
    public bool Ok => Status is >= 200 and < 300;
    public string? Code => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("code", out var c) ? c.GetString() : null;
    public Guid Id => Body.GetProperty("id").GetGuid();
    public string Describe() => Body.ValueKind != JsonValueKind.Object ? Status.ToString()
        : $"{Status} {Code} {(Body.TryGetProperty("detail", out var d) ? d.GetString() : "")} {(Body.TryGetProperty("errors", out var e) ? e.GetRawText() : "")}".Trim();

    /// <summary>The ETag to send next: Mediation carries it in the body too, others only in the header.</summary>
    public string? NextETag => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("eTag", out var e) ? e.GetString() : ETag;
}

/// <summary>
/// The only way the loader talks to the platform: through the gateway, with the tokens of officers. Honours 429
/// Retry-After (the gateway limits each caller subject) and retries 5xx and network failures with the same
/// Idempotency-Key, so a retried creation is never done twice.
/// </summary>
public sealed class Api(HttpClient http, Officers officers)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private long _requests, _throttled;

    public long Requests => Interlocked.Read(ref _requests);
    public long Throttled => Interlocked.Read(ref _throttled);

    public Task<Reply> Get(Officer who, string path) => Send(who, HttpMethod.Get, path, null, null, null);

    /// <summary>A creation: the Idempotency-Key is derived from the record's natural key, so a retry replays.</summary>
    public Task<Reply> Create(Officer who, string path, object body, string naturalKey) =>
        Send(who, HttpMethod.Post, path, body, IdempotencyKey(naturalKey), null);

    /// <summary>A transition or change of an existing record (If-Match; no Idempotency-Key: state is read first).</summary>
    public Task<Reply> Post(Officer who, string path, object? body, string? etag) => Send(who, HttpMethod.Post, path, body, null, etag);

    public Task<Reply> Put(Officer who, string path, object body, string? etag) => Send(who, HttpMethod.Put, path, body, null, etag);

    /// <summary>Every page of a list (page size 100), items only.</summary>
    public async Task<List<JsonElement>> All(Officer who, string path)
    {
        var items = new List<JsonElement>();
        var separator = path.Contains('?') ? '&' : '?';
        for (var page = 1; ; page++)
        {
            var reply = await Get(who, $"{path}{separator}page={page}&pageSize=100");
            if (!reply.Ok) throw new DemoException($"GET {path} answered {reply.Describe()}");
            items.AddRange(reply.Body.GetProperty("items").EnumerateArray());
            if (!reply.Body.GetProperty("hasNextPage").GetBoolean()) return items;
        }
    }

    private async Task<Reply> Send(Officer who, HttpMethod method, string path, object? body, string? idempotencyKey, string? etag)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await officers.TokenAsync(who));
            if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
            if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
            if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: Json);
            Interlocked.Increment(ref _requests);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && attempt < 6)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt));
                continue;
            }
            using (response)
            {
                if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 50)
                {
                    Interlocked.Increment(ref _throttled);
                    var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5);
                    await Task.Delay(wait + TimeSpan.FromMilliseconds(Random.Shared.Next(250, 1500)));
                    continue;
                }
                var text = await response.Content.ReadAsStringAsync();
                var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
                var reply = new Reply((int)response.StatusCode, json, response.Headers.ETag?.ToString(), response.Headers.Contains("Idempotency-Replayed"));
                // 5xx: retry with the same key (not remembered by the service). 409 with an Idempotency-Key and no
                // rule code: the first request with that key is still running.
                var stillRunning = reply.Status == 409 && idempotencyKey is not null && reply.Code is null;
                if ((reply.Status >= 500 || stillRunning) && attempt < 6)
                {
                    await Task.Delay(TimeSpan.FromSeconds(attempt));
                    continue;
                }
                return reply;
            }
        }
    }

    /// <summary>A UUID-shaped key from the natural key (stable across runs; keys belong to the caller's subject).</summary>
    private static string IdempotencyKey(string naturalKey)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("demo-data/v1/" + naturalKey));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }
}

public sealed class DemoException(string message) : Exception(message);

/// <summary>An officer the loader acts as: one subject per role, region and slot (slots spread the rate limit).</summary>
public sealed record Officer(string Subject, string Role, string Region);

/// <summary>Development tokens from the gateway's POST /dev/token, one per officer, cached for the run.</summary>
public sealed class Officers(HttpClient http, int slots)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new();

    public int Slots => slots;

    /// <summary>The officer for a role and region; <paramref name="slot"/> picks one of the region's officers.</summary>
    public Officer For(string role, string region, int slot = 0) =>
        new($"demo-{role}-{region}-{Math.Abs(slot) % slots + 1}", role, region);

    public Task<string> TokenAsync(Officer who) =>
        _tokens.GetOrAdd(who.Subject, _ => new Lazy<Task<string>>(() => IssueAsync(who))).Value;

    private async Task<string> IssueAsync(Officer who)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var response = await http.PostAsJsonAsync("/dev/token",
                new { subject = who.Subject, roles = new[] { who.Role }, region = who.Region, lifetimeMinutes = 1440 });
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 20)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5));
                continue;
            }
            if (response.StatusCode == HttpStatusCode.NotFound)
                throw new DemoException("POST /dev/token answered 404: the gateway must run in Development (the AppHost runs it in Development).");
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return body.GetProperty("accessToken").GetString()!;
        }
    }
}
