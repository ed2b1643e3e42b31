using System.Net;
using LabourWelfare.Security.Tests.Infrastructure;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Security.Tests.Tokens;

/// <summary>The gateway refuses bad tokens with 401 before proxying anything; good ones reach the service.</summary>
public sealed class GatewayTokenTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    private const string ServicePath = "/api/cooperatives/cooperatives";

    [Theory]
    [MemberData(nameof(ForgedTokens.RefusedNames), MemberType = typeof(ForgedTokens))]
    public async Task Refused_tokens_get_401_and_never_reach_a_service(string name)
    {
        using var response = await gateway.WithToken(ForgedTokens.Refused[name]()).GetAsync(ServicePath);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Theory]
    [MemberData(nameof(ForgedTokens.AcceptedNames), MemberType = typeof(ForgedTokens))]
    public async Task Accepted_tokens_are_forwarded_with_the_token(string name)
    {
        using var response = await gateway.WithToken(ForgedTokens.Accepted[name]()).GetAsync(ServicePath);

        var echo = await response.ShouldBeAsync<DownstreamEcho>(HttpStatusCode.OK);
        Assert.Equal(ServicePath, echo.Path);
        Assert.True(echo.HadAuthorization);
    }

    [Theory]
    [InlineData("/api/inspections/workplaces")]
    [InlineData("/api/aid/beneficiaries")]
    [InlineData("/api/cooperatives/cooperatives")]
    [InlineData("/api/mediation/cases")]
    [InlineData("/some/unknown/path")]
    public async Task Every_path_needs_a_token(string path)
    {
        using var response = await gateway.WithToken(null).GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_probes_stay_anonymous()
    {
        using var response = await gateway.WithToken(null).GetAsync("/alive");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
