using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.SharedKernel;
using static LabourWelfare.Cooperatives.Tests.Domain.DomainFixtures;

namespace LabourWelfare.Cooperatives.Tests.Domain;

public sealed class AnnualReturnAndEnergyTests
{
    [Fact]
    public void Years_are_counted_in_the_region_calendar()
    {
        Assert.Equal(1403, Fars.YearOf(Today)); // 15 Jan 2025 is in 1403
        Assert.Equal(2025, Almaty.YearOf(Today));
        Assert.Equal(new ReportingPeriod(new DateOnly(2024, 3, 20), new DateOnly(2025, 3, 20)), Fars.Year(1403));
        Assert.Equal(new ReportingPeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), Almaty.Year(2025));
    }

    [Fact]
    public void A_return_is_for_a_year_between_registration_and_now_in_the_region_currency()
    {
        var cooperative = Registered(new DateOnly(2023, 6, 1)); // 1402
        Assert.Throws<ValidationException>(() => AnnualReturn.File(cooperative, Fars, 1404, 3, new Money(1, "IRR"), "r", Now));
        Assert.Throws<ValidationException>(() => AnnualReturn.File(cooperative, Fars, 1401, 3, new Money(1, "IRR"), "r", Now));
        Assert.Throws<ValidationException>(() => AnnualReturn.File(cooperative, Fars, 1402, 3, new Money(1, "KZT"), "r", Now));
        Assert.Throws<ValidationException>(() => AnnualReturn.File(cooperative, Fars, 1402, -1, new Money(1, "IRR"), "r", Now));
        var filed = AnnualReturn.File(cooperative, Fars, 1402, 12, new Money(5_000_000_000m, "IRR"), "r", Now);
        Assert.Equal(new Money(5_000_000_000m, "IRR"), filed.Revenue);
    }

    [Fact]
    public void Founding_and_dissolved_cooperatives_file_no_returns() =>
        Assert.All(new[] { InStatus(CooperativeStatus.Founding), InStatus(CooperativeStatus.Dissolved) }, c =>
            Assert.Equal("cooperative-not-registered-or-dissolved",
                Assert.Throws<DomainRuleException>(() => AnnualReturn.File(c, Fars, 1403, 1, new Money(1, "IRR"), "r", Now)).Code));

    [Fact]
    public void A_correction_keeps_its_reason_and_must_change_something()
    {
        var filed = AnnualReturn.File(Registered(), Fars, 1403, 12, new Money(100, "IRR"), "r", Now);
        Assert.Equal("correction-changes-nothing",
            Assert.Throws<DomainRuleException>(() => filed.Correct(12, new Money(100, "IRR"), "typo", Fars, Now)).Code);
        filed.Correct(14, new Money(100, "IRR"), "two seasonal jobs were missing", Fars, Now);
        Assert.Equal(14, filed.JobsProvided);
        Assert.Equal(1, filed.Corrections);
        Assert.Equal("two seasonal jobs were missing", filed.LastCorrectionReason);
    }

    [Fact]
    public void Energy_projects_go_planned_installing_operational_only()
    {
        var cooperative = Registered();
        var project = EnergyProject.Plan(cooperative, "Roof PV", EnergyTechnology.Solar, 2.5m, Now);
        Assert.Equal("transition-not-allowed", Assert.Throws<DomainRuleException>(() => project.Commission(cooperative, Today)).Code);
        project.StartInstallation(cooperative, Today);
        Assert.Equal("transition-not-allowed", Assert.Throws<DomainRuleException>(() => project.StartInstallation(cooperative, Today)).Code);
        project.Commission(cooperative, Today);
        Assert.Equal(EnergyProjectStatus.Operational, project.Status);
        Assert.Equal(Today, project.CommissionedOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10001)]
    [InlineData(1.0001)]
    public void Capacity_is_positive_bounded_and_in_kilowatt_precision(double capacity) =>
        Assert.Throws<ValidationException>(() => EnergyProject.Plan(Registered(), "X", EnergyTechnology.Wind, (decimal)capacity, Now));

    [Fact]
    public void Projects_change_only_while_the_cooperative_operates() =>
        Assert.Equal("cooperative-not-operating", Assert.Throws<DomainRuleException>(() =>
            EnergyProject.Plan(InStatus(CooperativeStatus.Suspended), "X", EnergyTechnology.Solar, 1m, Now)).Code);
}
