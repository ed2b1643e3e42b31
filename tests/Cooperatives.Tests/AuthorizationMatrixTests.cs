using LabourWelfare.TestSupport;

namespace LabourWelfare.Cooperatives.Tests;

/// <summary>Every endpoint of the route table against anonymous callers, every role outside its policy, and an allowed one.</summary>
public sealed class AuthorizationMatrixTests(CooperativesFactory service) : IClassFixture<CooperativesFactory>
{
    [Fact]
    public Task Every_endpoint_has_a_policy_and_refuses_anonymous_and_wrong_roles() =>
        AuthorizationMatrix.VerifyAsync(service.WithToken, service.Services, Access.Table);
}
