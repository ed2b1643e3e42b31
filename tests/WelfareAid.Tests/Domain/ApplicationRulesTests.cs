using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Domain;
using static LabourWelfare.WelfareAid.Tests.Domain.DomainFixtures;

namespace LabourWelfare.WelfareAid.Tests.Domain;

public sealed class ApplicationRulesTests
{
    private static AidApplication Submitted(Programme programme, Beneficiary? beneficiary = null) =>
        AidApplication.Submit(programme, beneficiary ?? Beneficiary(), null, ApplicationOrigin.Officer, "maker", Now);

    private static string Code(Action action) => Assert.ThrowsAny<DomainRuleException>(action).Code;

    [Fact]
    public void The_recorder_never_approves_rejects_or_disburses()
    {
        var programme = Programme();
        var application = Submitted(programme);
        Assert.Equal("maker-checker", Code(() => application.Approve("maker", [], programme.Benefit, Now)));
        Assert.Equal("maker-checker", Code(() => application.Reject("maker", [], "no", Now)));
        application.Approve("checker", [], programme.Benefit, Now);
        Assert.Equal("maker-checker", Code(() => application.RecordDisbursement("maker", programme.Benefit)));
    }

    [Fact]
    public void Approval_needs_the_rules_to_pass_and_rejection_keeps_their_reasons()
    {
        var programme = Programme();
        var application = Submitted(programme, Beneficiary(10));
        var reasons = Eligibility.Evaluate(programme.Rules, Beneficiary(10), Today);
        Assert.Equal("not-eligible", Code(() => application.Approve("checker", reasons, programme.Benefit, Now)));
        application.Reject("checker", reasons, null, Now);
        Assert.Equal([Eligibility.DecileAboveMaximum], application.RejectionReasons);
    }

    [Fact]
    public void Rejecting_an_eligible_application_needs_the_officers_reason()
    {
        var application = Submitted(Programme());
        Assert.Equal("rejection-reason-required", Code(() => application.Reject("checker", [], null, Now)));
        application.Reject("checker", [], "Duplicate household", Now);
        Assert.Equal([Eligibility.OfficerDecision], application.RejectionReasons);
    }

    [Fact]
    public void A_rejection_is_appealed_once_and_decided_by_another_officer()
    {
        var programme = Programme();
        var application = Submitted(programme);
        application.Reject("checker", [], "Missing papers", Now);
        application.Appeal("citizen", "Papers attached", Now);
        Assert.Equal(ApplicationStatus.UnderAppeal, application.Status);
        Assert.Equal("maker-checker", Code(() => application.DecideAppeal("checker", true, [], programme.Benefit, null, Now)));
        application.DecideAppeal("second", false, [], programme.Benefit, "Still missing", Now);
        Assert.Equal(ApplicationStatus.Rejected, application.Status);
        Assert.Equal("appeal-already-used", Code(() => application.Appeal("citizen", "Again", Now)));
    }

    [Fact]
    public void An_allowed_appeal_approves_and_reserves()
    {
        var programme = Programme();
        var application = Submitted(programme);
        application.Reject("checker", [], "Missing papers", Now);
        application.Appeal("citizen", "Papers attached", Now);
        application.DecideAppeal("second", true, [], programme.Benefit, null, Now);
        Assert.Equal(ApplicationStatus.Approved, application.Status);
        Assert.Equal(programme.Benefit, application.Reserved);
    }

    [Fact]
    public void Disbursing_stops_at_the_reservation_and_completes_the_application()
    {
        var programme = Programme();
        var application = Submitted(programme);
        application.Approve("checker", [], programme.Benefit, Now);
        application.RecordDisbursement("payer", new Money(400, "IRR"));
        Assert.Equal(ApplicationStatus.Approved, application.Status);
        Assert.Equal("over-disbursement", Code(() => application.RecordDisbursement("payer", new Money(601, "IRR"))));
        Assert.Equal("currency.mixed", Code(() => application.RecordDisbursement("payer", new Money(600, "KZT"))));
        application.RecordDisbursement("payer", new Money(600, "IRR"));
        Assert.Equal(ApplicationStatus.Disbursed, application.Status);
        Assert.Equal("invalid-transition", Code(() => application.Cancel("payer", null, Now)));
    }

    [Fact]
    public void Cancelling_an_approval_gives_the_reservation_back()
    {
        var programme = Programme();
        var application = Submitted(programme);
        application.Approve("checker", [], programme.Benefit, Now);
        programme.Reserve(Now);
        programme.Release(application.Cancel("checker", "Moved away", Now));
        Assert.Equal(0m, programme.Reserved.Amount);
        Assert.Equal(ApplicationStatus.Cancelled, application.Status);
    }

    [Fact]
    public void Applications_are_taken_only_by_active_programmes() =>
        Assert.Equal("programme-not-active", Code(() => Submitted(Programme(active: false))));
}
