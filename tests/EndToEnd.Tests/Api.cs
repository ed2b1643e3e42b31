using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabourWelfare.TestSupport;

namespace LabourWelfare.EndToEnd.Tests;

/// <summary>
/// One W3C trace for a chain of requests. Every request sent with it gets a fresh span id under the same trace id, so
/// a chain that needs several requests (a case closed days after the violation opened it) stays one trace.
/// </summary>
public sealed class TraceChain
{
    public string TraceId { get; } = ActivityTraceId.CreateRandom().ToHexString();

    public string NextTraceparent() => $"00-{TraceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01";
}

/// <summary>A response body and the ETag to send next (header, or the body's <c>etag</c> where a service puts it there).</summary>
public sealed record Reply(JsonElement Body, string? ETag)
{
    public Guid Id => Body.GetProperty("id").GetGuid();

    public string Text(string property) => Body.GetProperty(property).GetString()!;

    public IEnumerable<JsonElement> Items => Body.GetProperty("items").EnumerateArray();
}

/// <summary>A JSON value found by polling (Eventually.Get needs a reference type).</summary>
public sealed record Found(JsonElement Value);

internal static class Api
{
    public static async Task<Reply> Call(this HttpClient client, HttpMethod method, string url, object? body = null,
        HttpStatusCode expected = HttpStatusCode.OK, TraceChain? trace = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body, options: ProblemAssertions.Json);
        if (trace is not null) request.Headers.Add("traceparent", trace.NextTraceparent());
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected,
            $"{method} {url}: expected {(int)expected} but got {(int)response.StatusCode}: {text}");
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        var etag = response.Headers.ETag?.ToString()
            ?? (json.ValueKind == JsonValueKind.Object && TryGetETag(json, out var inBody) ? inBody : null);
        return new Reply(json, etag);
    }

    /// <summary>Mediation puts the ETag in its bodies too (property ETag, serialised as eTag).</summary>
    private static bool TryGetETag(JsonElement json, out string? etag)
    {
        etag = json.TryGetProperty("eTag", out var value) || json.TryGetProperty("etag", out value) ? value.GetString() : null;
        return etag is not null;
    }

    public static string ETagOf(JsonElement json) => TryGetETag(json, out var etag) ? etag! : throw new KeyNotFoundException("eTag");

    public static Task<Reply> Get(this HttpClient client, string url) => client.Call(HttpMethod.Get, url);

    public static Task<Reply> Post(this HttpClient client, string url, object? body, HttpStatusCode expected = HttpStatusCode.OK,
        TraceChain? trace = null, string? ifMatch = null) =>
        client.Call(HttpMethod.Post, url, body, expected, trace, ifMatch);

    public static Task<Reply> Put(this HttpClient client, string url, object body, string ifMatch) =>
        client.Call(HttpMethod.Put, url, body, HttpStatusCode.OK, ifMatch: ifMatch);

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    /// <summary>Asserts a record was opened by this event, from this service, in this trace (the platform's provenance).</summary>
    public static void ShouldBeOpenedBy(this JsonElement record, string eventType, Guid eventId, string sourceService, TraceChain trace)
    {
        var openedBy = record.GetProperty("openedBy");
        Assert.Equal(eventType, openedBy.Str("eventType"));
        Assert.Equal(eventId, openedBy.GetProperty("eventId").GetGuid());
        Assert.Equal(sourceService, openedBy.Str("sourceService"));
        Assert.Equal(trace.TraceId, openedBy.Str("traceId"));
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
