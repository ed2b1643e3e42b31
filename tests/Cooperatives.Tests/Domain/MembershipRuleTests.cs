using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.SharedKernel;
using static LabourWelfare.Cooperatives.Tests.Domain.DomainFixtures;

namespace LabourWelfare.Cooperatives.Tests.Domain;

public sealed class MembershipRuleTests
{
    [Fact]
    public void Falling_below_the_minimum_flags_from_that_date_and_recovering_clears_it()
    {
        var cooperative = Registered();
        cooperative.ReviewMembership(6, 7, Today);
        Assert.Equal(Today, cooperative.BelowMinimumSince);

        cooperative.ReviewMembership(5, 7, Today.AddDays(10)); // still below: the first date stays
        Assert.Equal(Today, cooperative.BelowMinimumSince);

        cooperative.ReviewMembership(7, 7, Today.AddDays(20));
        Assert.Null(cooperative.BelowMinimumSince);
    }

    [Fact]
    public void A_founding_file_is_not_held_to_the_minimum()
    {
        var cooperative = Founding();
        cooperative.ReviewMembership(1, 7, Today);
        Assert.False(cooperative.IsFlaggedBelowMinimum);
    }

    [Fact]
    public void Suspension_is_due_six_months_after_falling_below()
    {
        var cooperative = Registered(Today.AddYears(-1));
        var since = new DateOnly(2024, 8, 31);
        cooperative.ReviewMembership(3, 7, since);

        Assert.False(cooperative.IsDueForMembershipSuspension(new DateOnly(2025, 2, 27)));
        Assert.True(cooperative.IsDueForMembershipSuspension(new DateOnly(2025, 2, 28))); // month end: 31 Aug + 6 months
        Assert.Equal(new DateOnly(2025, 2, 28), MembershipRule.SuspensionDate(since));
    }

    [Fact]
    public void Only_operating_cooperatives_are_suspended_for_membership()
    {
        var suspended = InStatus(CooperativeStatus.Suspended);
        suspended.ReviewMembership(1, 7, Today.AddYears(-1));
        Assert.False(suspended.IsDueForMembershipSuspension(Today));
    }

    [Fact]
    public void Members_join_with_shares_and_leave_after_joining_never_in_the_future()
    {
        var founding = Founding();
        var founder = Member.Join(founding, "0499370899", "A", 5, Today, Today, Now);
        Assert.True(founder.IsFounder);
        Assert.Throws<ValidationException>(() => Member.Join(founding, "0499370899", "A", 0, Today, Today, Now));
        Assert.Throws<ValidationException>(() => Member.Join(founding, "0499370899", "A", 1, Today.AddDays(1), Today, Now));

        var registered = Registered();
        var member = Member.Join(registered, "0499370899", "A", 5, Today.AddDays(-10), Today, Now);
        Assert.False(member.IsFounder);
        Assert.Throws<ValidationException>(() => member.Leave(registered, Today.AddDays(-11), Today));
        Assert.Throws<ValidationException>(() => member.Leave(registered, Today.AddDays(1), Today));
        member.Leave(registered, Today, Today);
        Assert.False(member.IsActive);
        Assert.Equal("member-already-left", Assert.Throws<DomainRuleException>(() => member.Leave(registered, Today, Today)).Code);
        Assert.Equal("member-already-left", Assert.Throws<DomainRuleException>(() => member.ChangeShares(3)).Code);
    }
}
