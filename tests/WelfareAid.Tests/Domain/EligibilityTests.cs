using LabourWelfare.WelfareAid.Domain;
using static LabourWelfare.WelfareAid.Tests.Domain.DomainFixtures;

namespace LabourWelfare.WelfareAid.Tests.Domain;

public sealed class EligibilityTests
{
    private static IReadOnlyList<string> Codes(Programme p, Beneficiary b, DateOnly? on = null) =>
        Eligibility.Evaluate(p.Rules, b, on ?? Today).Select(r => r.Code).ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public void Deciles_up_to_the_maximum_are_eligible(int decile) => Assert.Empty(Codes(Programme(maxDecile: 8), Beneficiary(decile)));

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    public void Deciles_above_the_maximum_are_refused(int decile) =>
        Assert.Equal([Eligibility.DecileAboveMaximum], Codes(Programme(maxDecile: 8), Beneficiary(decile)));

    [Fact]
    public void An_unknown_decile_is_refused_when_the_programme_has_a_maximum_but_not_otherwise()
    {
        Assert.Equal([Eligibility.DecileUnknown], Codes(Programme(maxDecile: 8), Beneficiary(null)));
        Assert.Empty(Codes(Programme(maxDecile: null), Beneficiary(null)));
    }

    [Fact]
    public void Target_groups_require_membership_of_one_of_them()
    {
        var programme = Programme(groups: [TargetGroup.AccidentVictim, TargetGroup.DismissedWorker]);
        Assert.Equal([Eligibility.NotInTargetGroup], Codes(programme, Beneficiary(3, "fars", TargetGroup.LowIncome)));
        Assert.Empty(Codes(programme, Beneficiary(3, "fars", TargetGroup.DismissedWorker)));
    }

    [Fact]
    public void Region_and_period_are_rules_too_and_every_failing_reason_is_given()
    {
        var programme = Programme(maxDecile: 5, groups: [TargetGroup.AccidentVictim]);
        var codes = Codes(programme, Beneficiary(9, "ilam"), Today.AddDays(200));
        Assert.Equal([Eligibility.RegionMismatch, Eligibility.DecileAboveMaximum, Eligibility.NotInTargetGroup, Eligibility.OutsidePeriod], codes);
        Assert.Equal([Eligibility.OutsidePeriod], Codes(programme, Beneficiary(1, "fars", TargetGroup.AccidentVictim), Today.AddDays(-11)));
    }
}
