using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LabourWelfare.EndToEnd.Tests;

/// <summary>
/// A stand-in for the Aspire dashboard's OTLP/HTTP endpoint: it keeps every export request the platform's processes
/// send (traces, logs, metrics) as the raw protobuf they are on the wire, so a test can search exactly what an operator's
/// collector would store. Protobuf carries strings as plain UTF-8, so a national id in a span attribute is found as-is.
/// </summary>
public sealed class OtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> _exports = new();

    private OtlpCollector(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<OtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var collector = new OtlpCollector(app);
        app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            collector._exports.Enqueue((signal, body.ToArray()));
            // An empty Export*ServiceResponse is a valid, successful answer.
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        collector.Endpoint = new Uri(app.Urls.Single()); // the port Kestrel chose
        return collector;
    }

    /// <summary>The environment that points a process's OTLP exporter here, exporting promptly.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Endpoint.ToString(),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        ["OTEL_BLRP_SCHEDULE_DELAY"] = "200",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
    };

    /// <summary>Whether any export of this signal ("traces", "logs", "metrics") contains the text.</summary>
    public bool Contains(string signal, string text) => Find(signal, Encoding.UTF8.GetBytes(text)) is not null;

    /// <summary>The signals whose exports contain the text, with a little readable context around the first hit.</summary>
    public IEnumerable<string> WhereFound(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        foreach (var signal in new[] { "traces", "logs", "metrics" })
        {
            if (Find(signal, needle) is not { } hit) continue;
            var (body, at) = hit;
            var from = Math.Max(0, at - 80);
            var context = Encoding.UTF8.GetString(body, from, Math.Min(body.Length - from, needle.Length + 160));
            yield return $"{signal}: …{new string(context.Where(c => !char.IsControl(c)).ToArray())}…";
        }
    }

    private (byte[] Body, int At)? Find(string signal, byte[] needle)
    {
        foreach (var (exported, body) in _exports)
        {
            if (exported != signal) continue;
            var at = body.AsSpan().IndexOf(needle);
            if (at >= 0) return (body, at);
        }
        return null;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
