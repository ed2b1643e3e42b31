using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace LabourWelfare.Security.Tests.Infrastructure;

/// <summary>
/// A stand-in for the four services on a real Kestrel port: answers every request with 200 and what it received,
/// with Kestrel's own Server header (which the gateway must not pass on).
/// </summary>
public sealed class DummyDownstream : IAsyncDisposable
{
    private WebApplication? _app;

    public string Address { get; private set; } = null!;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Map("/{**path}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            return Results.Json(new DownstreamEcho(context.Request.Method, context.Request.Path.Value ?? "", body.Length,
                context.Request.Headers.Authorization.Count > 0));
        });
        await _app.StartAsync();
        Address = _app.Urls.First();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}

public sealed record DownstreamEcho(string Method, string Path, int BodyLength, bool HadAuthorization);
