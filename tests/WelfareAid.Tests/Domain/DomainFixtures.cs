using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Domain;

namespace LabourWelfare.WelfareAid.Tests.Domain;

internal static class DomainFixtures
{
    public static readonly DateTimeOffset Now = new(2025, 10, 1, 9, 0, 0, TimeSpan.Zero);
    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public static Programme Programme(
        decimal benefit = 1000, decimal budget = 3000, int? maxDecile = 8, TargetGroup[]? groups = null,
        ProgrammeKind kind = ProgrammeKind.CashGrant, bool active = true)
    {
        var programme = WelfareAid.Domain.Programme.Create("fars", "Coupon", kind, maxDecile, groups ?? [],
            Today.AddDays(-10), Today.AddDays(100), new Money(benefit, "IRR"), new Money(budget, "IRR"), "maker", Now);
        if (active) programme.Activate(Now);
        return programme;
    }

    public static Beneficiary Beneficiary(int? decile = 3, string region = "fars", params TargetGroup[] groups) =>
        WelfareAid.Domain.Beneficiary.Register(region, TestIds.Iranian(), "Zahra Ahmadi", 4, decile, groups, "maker", Now);
}
