using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.SharedKernel;
using static LabourWelfare.Cooperatives.Tests.Domain.DomainFixtures;

namespace LabourWelfare.Cooperatives.Tests.Domain;

public sealed class CooperativeLifecycleTests
{
    [Theory]
    [InlineData(CooperativeStatus.Founding, CooperativeStatus.Registered, true)]
    [InlineData(CooperativeStatus.Founding, CooperativeStatus.Active, false)]
    [InlineData(CooperativeStatus.Founding, CooperativeStatus.Dissolved, false)]
    [InlineData(CooperativeStatus.Registered, CooperativeStatus.Active, true)]
    [InlineData(CooperativeStatus.Registered, CooperativeStatus.Founding, false)]
    [InlineData(CooperativeStatus.Active, CooperativeStatus.Suspended, true)]
    [InlineData(CooperativeStatus.Active, CooperativeStatus.Registered, false)]
    [InlineData(CooperativeStatus.Suspended, CooperativeStatus.Active, true)]
    [InlineData(CooperativeStatus.Suspended, CooperativeStatus.Dissolved, true)]
    [InlineData(CooperativeStatus.Dissolved, CooperativeStatus.Active, false)]
    [InlineData(CooperativeStatus.Dissolved, CooperativeStatus.Registered, false)]
    public void Only_the_allowed_transitions_are_allowed(CooperativeStatus from, CooperativeStatus to, bool allowed) =>
        Assert.Equal(allowed, CooperativeLifecycle.CanMove(from, to));

    [Fact]
    public void Registration_needs_the_regional_minimum_of_founders()
    {
        var cooperative = Founding();
        var error = Assert.Throws<DomainRuleException>(() => cooperative.Register(6, 7, Today));
        Assert.Equal("founding-members-below-minimum", error.Code);
        Assert.Equal(CooperativeStatus.Founding, cooperative.Status);

        cooperative.Register(7, 7, Today);
        Assert.Equal(CooperativeStatus.Registered, cooperative.Status);
        Assert.Equal(Today, cooperative.RegisteredOn);
    }

    [Fact]
    public void Registration_numbers_are_normalised_to_ascii_upper_case() =>
        Assert.Equal("FA-123", Founding().RegistrationNumber);

    [Fact]
    public void A_founding_file_cannot_be_activated_and_a_dissolved_cooperative_cannot_move()
    {
        Assert.Equal("transition-not-allowed", Assert.Throws<DomainRuleException>(() => Founding().Activate(Today)).Code);
        var dissolved = InStatus(CooperativeStatus.Dissolved);
        Assert.Equal("transition-not-allowed", Assert.Throws<DomainRuleException>(() => dissolved.Suspend(SuspensionReason.Other, Today)).Code);
        Assert.Equal("cooperative-dissolved", Assert.Throws<DomainRuleException>(() => dissolved.Rename("X", null)).Code);
        Assert.Equal("cooperative-dissolved", Assert.Throws<DomainRuleException>(dissolved.EnsureMembersCanChange).Code);
    }

    [Fact]
    public void Reinstatement_needs_the_minimum_of_active_members()
    {
        var suspended = InStatus(CooperativeStatus.Suspended);
        Assert.Equal("members-below-minimum", Assert.Throws<DomainRuleException>(() => suspended.Reinstate(6, 7, Today)).Code);
        suspended.Reinstate(7, 7, Today);
        Assert.Equal(CooperativeStatus.Active, suspended.Status);
        Assert.Null(suspended.SuspensionReason);
        Assert.Equal("transition-not-allowed", Assert.Throws<DomainRuleException>(() => suspended.Reinstate(7, 7, Today)).Code);
    }

    [Fact]
    public void Dissolution_dates_are_not_in_the_future_nor_before_registration()
    {
        Assert.Throws<ValidationException>(() => Registered().Dissolve(Today.AddDays(1), DissolutionReason.Merger, Today));
        Assert.Throws<ValidationException>(() => Registered().Dissolve(Today.AddDays(-1), DissolutionReason.Merger, Today));
        var cooperative = Registered(Today.AddYears(-2));
        cooperative.Dissolve(Today.AddDays(-3), DissolutionReason.Merger, Today);
        Assert.Equal(CooperativeStatus.Dissolved, cooperative.Status);
    }
}
