using LabourWelfare.TestSupport;

namespace LabourWelfare.WelfareAid.Tests;

/// <summary>
/// Every endpoint of the route table: a policy from the access table, anonymous → 401, every role outside its policy
/// → 403, an allowed officer → neither (see <see cref="AuthorizationMatrix"/>).
/// </summary>
public sealed partial class AuthorizationMatrixTests(WelfareAidFactory service) : IClassFixture<WelfareAidFactory>
{
    [Fact]
    public Task Every_endpoint_has_a_policy_and_refuses_anonymous_and_wrong_roles() =>
        AuthorizationMatrix.VerifyRolesAsync(service.WithToken, service.Services, Access.Table);
}
