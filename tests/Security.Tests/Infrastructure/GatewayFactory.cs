using System.Net;
using System.Net.Http.Headers;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LabourWelfare.Security.Tests.Infrastructure;

/// <summary>
/// The real gateway in-process, with every service route pointing at a <see cref="DummyDownstream"/> so that a request
/// that passes the gateway's checks gets a 200. Derive to change the environment or settings.
/// </summary>
public class GatewayFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Test-only header naming the TCP peer address (TestServer has none), for forwarded-header tests.</summary>
    public const string PeerHeader = "X-Test-Peer";

    /// <summary>Test-only response header: the client address the gateway settled on.</summary>
    public const string SeenClientHeader = "X-Test-Seen-Client";

    public DummyDownstream Downstream { get; } = new();

    protected virtual string Environment => "Testing";

    /// <summary>Settings on top of the test token settings (Auth section of <see cref="TestTokens"/>).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => TestTokens.Configuration();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var service in PlatformResources.Services)
            builder.UseSetting($"services:{service.Name}:http:0", Downstream.Address);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, TestPeerAddress>();
            ConfigureTestServices(services);
        });
    }

    protected virtual void ConfigureTestServices(IServiceCollection services) { }

    public HttpClient WithToken(string? token)
    {
        var client = CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public virtual async Task InitializeAsync()
    {
        await Downstream.StartAsync();
        _ = Server;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Downstream.DisposeAsync();
    }

    /// <summary>Runs before the gateway's pipeline: sets the peer address from the test header, reports what the gateway saw.</summary>
    private sealed class TestPeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(PeerHeader, out var peer)
                    ? IPAddress.Parse(peer.ToString())
                    : IPAddress.Loopback;
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[SeenClientHeader] = context.Connection.RemoteIpAddress?.ToString();
                    return Task.CompletedTask;
                });
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
