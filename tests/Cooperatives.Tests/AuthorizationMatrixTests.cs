using LabourWelfare.TestSupport;

namespace LabourWelfare.Cooperatives.Tests;

/// <summary>
/// Every endpoint of the route table: a policy from the access table, anonymous → 401, every role outside its policy
/// → 403, an allowed officer → neither (see <see cref="AuthorizationMatrix"/>).
/// </summary>
public sealed partial class AuthorizationMatrixTests(CooperativesFactory service) : IClassFixture<CooperativesFactory>
{
    [Fact]
    public Task Every_endpoint_has_a_policy_and_refuses_anonymous_and_wrong_roles() =>
        AuthorizationMatrix.VerifyRolesAsync(service.WithToken, service.Services, Access.Table);

    /// <summary>Broken JSON, wrong shapes, unknown fields and parameters, nonsense queries at every endpoint: a 4xx problem, never a 5xx.</summary>
    [Fact]
    public Task Every_endpoint_answers_bad_input_with_a_4xx_problem() =>
        BadInputProbe.VerifyAsync(service.WithToken, service.Services, Access.Table);

    /// <summary>Every rule the service can break answers in the caller's language: fa, ru and kk beside English.</summary>
    [Fact]
    public void Every_rule_message_exists_in_Persian_Russian_and_Kazakh() => RuleMessages.Verify(service.Services, "Cooperatives");
}
