using System.Net;
using LabourWelfare.Security.Tests.Infrastructure;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Security.Tests.Gateway;

public sealed class RateLimitTests(TightGatewayFactory gateway) : IClassFixture<TightGatewayFactory>
{
    private const string ServicePath = "/api/inspections/workplaces";

    [Fact]
    public async Task A_caller_over_its_limit_gets_429_with_retry_after_while_others_go_on()
    {
        var busy = gateway.WithToken(TestTokens.For(Roles.Inspector, "fars", subject: $"busy-{Guid.NewGuid():N}"));
        for (var i = 0; i < TightGatewayFactory.PermitsPerMinute; i++)
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync(ServicePath)).StatusCode);

        using var refused = await busy.GetAsync(ServicePath);
        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")));
        Assert.InRange(retryAfter, 1, 60);

        var other = gateway.WithToken(TestTokens.For(Roles.Inspector, "fars", subject: $"calm-{Guid.NewGuid():N}"));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(ServicePath)).StatusCode);
    }

    [Fact]
    public async Task The_limit_follows_the_subject_across_addresses()
    {
        var token = TestTokens.For(Roles.Inspector, "fars", subject: $"roaming-{Guid.NewGuid():N}");
        for (var i = 0; i < TightGatewayFactory.PermitsPerMinute; i++)
            Assert.Equal(HttpStatusCode.OK, (await Send(token, peer: $"198.51.100.{i + 1}")).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await Send(token, peer: "198.51.100.99")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_are_limited_by_address()
    {
        var peer = $"203.0.113.{Random.Shared.Next(1, 250)}";
        for (var i = 0; i < TightGatewayFactory.PermitsPerMinute; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await Send(null, peer)).StatusCode);

        using var refused = await Send(null, peer);
        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.Contains("Retry-After"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(null, "198.18.0.1")).StatusCode);
    }

    [Fact]
    public async Task Health_probes_are_never_limited()
    {
        for (var i = 0; i < TightGatewayFactory.PermitsPerMinute * 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await gateway.WithToken(null).GetAsync("/alive")).StatusCode);
    }

    private Task<HttpResponseMessage> Send(string? token, string peer)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, ServicePath);
        request.Headers.Add(GatewayFactory.PeerHeader, peer);
        if (token is not null) request.Headers.Authorization = new("Bearer", token);
        return gateway.CreateClient().SendAsync(request);
    }
}
