using System.Net;
using System.Net.Http.Json;
using LabourWelfare.Gateway;
using LabourWelfare.Security.Tests.Infrastructure;
using LabourWelfare.ServiceDefaults;

namespace LabourWelfare.Security.Tests.Gateway;

/// <summary>
/// With no known proxies configured, X-Forwarded-For from a client is ignored: the rate limiter keys on the real peer
/// address, so rotating the header does not buy a fresh allowance (issue 16: 700 requests, 0 × 429).
/// </summary>
public sealed class ForwardedHeaderTests(UntrustingGatewayFactory gateway) : IClassFixture<UntrustingGatewayFactory>
{
    private const string ServicePath = "/api/inspections/workplaces";

    [Fact]
    public async Task A_clients_own_forwarded_for_is_not_believed()
    {
        var peer = NewPeer();
        using var response = await Send(HttpMethod.Get, "/alive", peer, forwardedFor: "203.0.113.77");
        Assert.Equal(peer, response.Headers.GetValues(GatewayFactory.SeenClientHeader).Single());
    }

    [Fact]
    public async Task Rotating_forwarded_for_does_not_escape_the_rate_limit()
    {
        var peer = NewPeer();
        for (var i = 0; i < UntrustingGatewayFactory.PermitsPerMinute; i++)
        {
            using var allowed = await Send(HttpMethod.Get, ServicePath, peer, forwardedFor: $"10.1.1.{i + 1}");
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        for (var i = 0; i < 3; i++)
        {
            using var refused = await Send(HttpMethod.Get, ServicePath, peer, forwardedFor: $"10.2.2.{i + 1}");
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }
    }

    [Fact]
    public async Task A_rate_limited_dev_token_caller_stays_limited_with_a_forwarded_for()
    {
        var peer = NewPeer();
        var body = new DevTokenEndpoint.TokenRequest("dev-inspector", [Roles.Inspector], "fars", null, null);
        for (var i = 0; i < UntrustingGatewayFactory.PermitsPerMinute; i++)
        {
            using var issued = await Send(HttpMethod.Post, "/dev/token", peer, forwardedFor: null, body);
            Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        }
        using (var refused = await Send(HttpMethod.Post, "/dev/token", peer, forwardedFor: null, body))
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);

        using var spoofed = await Send(HttpMethod.Post, "/dev/token", peer, forwardedFor: "10.1.1.1", body);
        Assert.Equal(HttpStatusCode.TooManyRequests, spoofed.StatusCode);
    }

    private static int _peers;

    /// <summary>A peer address of the test's own, so the tests' rate-limit partitions never meet.</summary>
    private static string NewPeer() => $"198.51.100.{Interlocked.Increment(ref _peers)}";

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string peer, string? forwardedFor, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(GatewayFactory.PeerHeader, peer);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (body is not null) request.Content = JsonContent.Create(body);
        return gateway.CreateClient().SendAsync(request);
    }
}
