using System.Net;
using LabourWelfare.Security.Tests.Infrastructure;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Security.Tests.Tokens;

/// <summary>
/// The services validate tokens themselves too (a request that bypasses the gateway gains nothing): the same cases,
/// against the pipeline every service is composed of.
/// </summary>
public sealed class ServiceTokenTests(ServicePipelineHost service) : IClassFixture<ServicePipelineHost>
{
    [Theory]
    [MemberData(nameof(ForgedTokens.RefusedNames), MemberType = typeof(ForgedTokens))]
    public async Task Refused_tokens_get_401(string name)
    {
        using var response = await service.WithToken(ForgedTokens.Refused[name]()).GetAsync(ServicePipelineHost.FallbackPath);
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(ForgedTokens.AcceptedNames), MemberType = typeof(ForgedTokens))]
    public async Task Accepted_tokens_get_through(string name)
    {
        using var response = await service.WithToken(ForgedTokens.Accepted[name]()).GetAsync(ServicePipelineHost.FallbackPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Access_table_policies_check_the_role_after_the_token()
    {
        using var citizen = await service.WithToken(TestTokens.For(Roles.Citizen, "fars")).GetAsync(ServicePipelineHost.InspectorsOnlyPath);
        await citizen.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        using var inspector = await service.WithToken(TestTokens.For(Roles.Inspector, "fars")).GetAsync(ServicePipelineHost.InspectorsOnlyPath);
        Assert.Equal(HttpStatusCode.OK, inspector.StatusCode);

        using var forged = await service.WithToken(ForgedTokens.Tampered()).GetAsync(ServicePipelineHost.InspectorsOnlyPath);
        await forged.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
