using System.Net;
using LabourWelfare.Gateway.Security;
using LabourWelfare.Security.Tests.Infrastructure;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Security.Tests.Gateway;

public sealed class SecurityHeaderTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    public static TheoryData<string, bool> Responses => new()
    {
        { "/alive", false },                          // the gateway's own 200
        { "/api/mediation/cases", false },            // 401 problem
        { "/api/mediation/cases", true },             // proxied 200 from a service
        { "/api/nothing-here", true },                // 404
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers_and_no_server_header(string path, bool withToken)
    {
        var client = gateway.WithToken(withToken ? TestTokens.For(Roles.Mediator, "ilam") : null);
        using var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeaders.ApiContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.StrictTransportSecurity, Header(response, "Strict-Transport-Security"));
        Assert.False(response.Headers.Contains("Server"), $"Server header on {path}: {response.Headers.Server}");
    }

    [Fact]
    public async Task The_service_behind_does_send_a_server_header_that_the_gateway_drops()
    {
        using var direct = await new HttpClient().GetAsync(new Uri(new Uri(gateway.Downstream.Address), "/x"));
        Assert.True(direct.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Only_the_api_reference_page_gets_a_relaxed_content_security_policy()
    {
        using var response = await gateway.WithToken(null).GetAsync(SecurityHeaders.ApiReferencePath);
        var policy = Header(response, "Content-Security-Policy");

        Assert.Equal(SecurityHeaders.ApiReferenceContentSecurityPolicy, policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
        : throw new Xunit.Sdk.XunitException($"No {name} header on {(int)response.StatusCode} {response.RequestMessage?.RequestUri}");
}
