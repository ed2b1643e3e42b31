using System.Net;
using System.Net.Http.Headers;
using LabourWelfare.Security.Tests.Infrastructure;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Security.Tests.Gateway;

/// <summary>Body size limit, CORS for the configured frontend only, forwarded headers from trusted proxies only.</summary>
public sealed class RequestProtectionTests(TightGatewayFactory gateway) : IClassFixture<TightGatewayFactory>
{
    private const string ServicePath = "/api/cooperatives/cooperatives";

    private HttpClient Officer() => gateway.WithToken(TestTokens.For(Roles.Registrar, "fars"));

    [Fact]
    public async Task A_body_over_the_limit_gets_413_before_reaching_a_service()
    {
        using var tooLarge = await Officer().PostAsync(ServicePath, Body(TightGatewayFactory.MaxBodyBytes + 1));
        await tooLarge.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        using var anonymous = await gateway.WithToken(null).PostAsync(ServicePath, Body(TightGatewayFactory.MaxBodyBytes * 10));
        await anonymous.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_within_the_limit_is_forwarded_whole()
    {
        using var response = await Officer().PostAsync(ServicePath, Body(TightGatewayFactory.MaxBodyBytes));
        var echo = await response.ShouldBeAsync<DownstreamEcho>(HttpStatusCode.OK);
        Assert.Equal(TightGatewayFactory.MaxBodyBytes, echo.BodyLength);
    }

    [Fact]
    public async Task Preflight_from_the_configured_frontend_is_allowed_without_a_token()
    {
        using var response = await gateway.CreateClient().SendAsync(Preflight(TightGatewayFactory.Frontend));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(TightGatewayFactory.Frontend, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Fact]
    public async Task Other_origins_get_no_cors_grant()
    {
        using var preflight = await gateway.CreateClient().SendAsync(Preflight("https://evil.example"));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));

        var request = new HttpRequestMessage(HttpMethod.Get, ServicePath);
        request.Headers.Add("Origin", "https://evil.example");
        using var actual = await Officer().SendAsync(request);
        Assert.False(actual.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Responses_to_the_frontend_expose_etag_and_location()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, ServicePath);
        request.Headers.Add("Origin", TightGatewayFactory.Frontend);
        using var response = await Officer().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TightGatewayFactory.Frontend, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers"));
        Assert.Contains("ETag", exposed);
        Assert.Contains("Location", exposed);
    }

    [Theory]
    [InlineData(TightGatewayFactory.TrustedProxy, "203.0.113.7", "203.0.113.7")]
    [InlineData("192.168.50.9", "203.0.113.8", "203.0.113.8")]
    [InlineData("198.51.100.20", "203.0.113.9", "198.51.100.20")]
    [InlineData("127.0.0.1", "203.0.113.10", "127.0.0.1")]
    public async Task Forwarded_for_is_believed_only_from_known_proxies(string peer, string forwardedFor, string expectedClient)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/alive");
        request.Headers.Add(GatewayFactory.PeerHeader, peer);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await gateway.CreateClient().SendAsync(request);

        Assert.Equal(expectedClient, response.Headers.GetValues(GatewayFactory.SeenClientHeader).Single());
    }

    private static ByteArrayContent Body(int bytes)
    {
        var content = new ByteArrayContent(new byte[bytes]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, ServicePath);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,if-match");
        return request;
    }
}
