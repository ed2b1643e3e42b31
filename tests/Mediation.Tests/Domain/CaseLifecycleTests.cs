using LabourWelfare.Mediation.Domain;
using LabourWelfare.SharedKernel;
using static LabourWelfare.Mediation.Tests.Domain.DomainFixtures;

namespace LabourWelfare.Mediation.Tests.Domain;

public sealed class CaseLifecycleTests
{
    [Theory]
    [InlineData(CaseStatus.Received, CaseStatus.Assigned, true)]
    [InlineData(CaseStatus.Received, CaseStatus.Withdrawn, true)]
    [InlineData(CaseStatus.Received, CaseStatus.Settled, false)]
    [InlineData(CaseStatus.Received, CaseStatus.Closed, false)]
    [InlineData(CaseStatus.Assigned, CaseStatus.InSession, true)]
    [InlineData(CaseStatus.Assigned, CaseStatus.NotSettled, true)]
    [InlineData(CaseStatus.InSession, CaseStatus.Settled, true)]
    [InlineData(CaseStatus.InSession, CaseStatus.Assigned, false)]
    [InlineData(CaseStatus.Settled, CaseStatus.Closed, true)]
    [InlineData(CaseStatus.Settled, CaseStatus.NotSettled, false)]
    [InlineData(CaseStatus.NotSettled, CaseStatus.Closed, true)]
    [InlineData(CaseStatus.Withdrawn, CaseStatus.Closed, true)]
    [InlineData(CaseStatus.Closed, CaseStatus.Received, false)]
    [InlineData(CaseStatus.Closed, CaseStatus.Assigned, false)]
    public void Only_the_allowed_transitions_are_allowed(CaseStatus from, CaseStatus to, bool allowed) =>
        Assert.Equal(allowed, CaseTransitions.IsAllowed(from, to));

    [Fact]
    public void A_case_runs_from_received_to_closed()
    {
        var @case = Case();
        var mediator = Mediator();
        Assert.Equal(CaseStatus.Received, @case.Status);

        @case.Assign(mediator, 0, [], Now);
        Assert.Equal(CaseStatus.Assigned, @case.Status);
        var session = Session.Schedule(@case, Now.AddDays(1), Now.AddDays(1).AddHours(2), "Room 2", "officer", Now);
        Assert.Equal(CaseStatus.InSession, @case.Status);
        Assert.Equal(mediator.Id, session.MediatorId);

        var terms = new SettlementTerms("Back wages in two instalments.", [new SettlementAmount("Back wages", 90_000_000m, "IRR")],
            [new Instalment(new DateOnly(2025, 11, 1), 45_000_000m, "IRR"), new Instalment(new DateOnly(2025, 12, 1), 45_000_000m, "IRR")]);
        @case.RecordOutcome(CaseOutcome.Settled, terms, null, null, Now.AddDays(3));
        Assert.Equal(CaseStatus.Settled, @case.Status);
        Assert.Equal(Now.AddDays(3), @case.ResolvedAt);

        @case.Close(Now.AddDays(4));
        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Null(@case.DismissedWorker());
    }

    [Fact]
    public void Closing_before_an_outcome_is_refused()
    {
        var @case = Case();
        var error = Assert.Throws<DomainRuleException>(() => @case.Close(Now));
        Assert.Equal("case-transition-not-allowed", error.Code);
    }

    [Fact]
    public void A_settlement_needs_terms_and_only_a_not_settled_case_is_referred()
    {
        var @case = Case();
        @case.Assign(Mediator(), 0, [], Now);
        Assert.Equal("settlement-terms-required",
            Assert.Throws<DomainRuleException>(() => @case.RecordOutcome(CaseOutcome.Settled, null, null, null, Now)).Code);
        var referral = new Referral(ReferralDestination.Court, new DateOnly(2025, 10, 2), null, null, "officer");
        Assert.Equal("referral-not-allowed",
            Assert.Throws<DomainRuleException>(() => @case.RecordOutcome(CaseOutcome.Withdrawn, null, referral, null, Now)).Code);

        @case.RecordOutcome(CaseOutcome.NotSettled, null, null, null, Now);
        @case.Refer(referral, Now);
        Assert.Equal(ReferralDestination.Court, @case.Referral!.Destination);
        Assert.Equal("already-referred", Assert.Throws<DomainRuleException>(() => @case.Refer(referral, Now)).Code);
    }

    [Fact]
    public void A_dismissal_closed_without_settlement_names_the_worker_and_nothing_else_does()
    {
        var worker = Worker();
        var dismissal = Case(CaseCategory.LabourDismissal, worker);
        dismissal.Assign(Mediator(), 0, [], Now);
        dismissal.RecordOutcome(CaseOutcome.NotSettled, null, null, null, Now);
        Assert.Null(dismissal.DismissedWorker()); // not closed yet
        dismissal.Close(Now);
        Assert.Equal(worker.NationalId, dismissal.DismissedWorker()!.NationalId);

        var withdrawn = Case(CaseCategory.LabourDismissal);
        withdrawn.RecordOutcome(CaseOutcome.Withdrawn, null, null, null, Now);
        withdrawn.Close(Now);
        Assert.Null(withdrawn.DismissedWorker());
    }

    [Fact]
    public void A_case_from_an_inspection_has_the_employer_as_respondent_and_needs_an_applicant_before_assignment()
    {
        var provenance = new Provenance("ViolationRecorded", Guid.NewGuid(), "inspections", null);
        var @case = MediationCase.OpenFromInspection(new CaseNumber("fars", 1404, 2), CaseCategory.LabourDismissal,
            Guid.NewGuid(), "Shiraz Textile Co.", Guid.NewGuid(), Guid.NewGuid(), provenance, Now);
        Assert.Equal(CaseChannel.InspectionReferral, @case.Channel);
        Assert.Equal("Shiraz Textile Co.", @case.Respondent!.Name);
        Assert.Null(@case.Applicant);
        Assert.Equal(provenance, @case.OpenedBy);

        Assert.Equal("case-has-no-applicant", Assert.Throws<DomainRuleException>(() => @case.Assign(Mediator(), 0, [], Now)).Code);
        @case.SetApplicant(Worker(), Now);
        @case.Assign(Mediator(), 0, [], Now);
        Assert.Equal(CaseStatus.Assigned, @case.Status);
    }

    [Fact]
    public void Sessions_need_an_assigned_case_and_sensible_times()
    {
        var @case = Case();
        Assert.Equal("case-not-in-mediation",
            Assert.Throws<DomainRuleException>(() => Session.Schedule(@case, Now.AddHours(1), Now.AddHours(2), null, "x", Now)).Code);
        @case.Assign(Mediator(), 0, [], Now);
        Assert.Equal("session-in-the-past",
            Assert.Throws<DomainRuleException>(() => Session.Schedule(@case, Now.AddHours(-2), Now.AddHours(-1), null, "x", Now)).Code);
        Assert.Equal("session-times-invalid",
            Assert.Throws<DomainRuleException>(() => Session.Schedule(@case, Now.AddHours(2), Now.AddHours(1), null, "x", Now)).Code);
    }

    [Fact]
    public void Sessions_overlap_as_half_open_intervals()
    {
        var @case = Case();
        @case.Assign(Mediator(), 0, [], Now);
        var session = Session.Schedule(@case, Now.AddHours(1), Now.AddHours(2), null, "x", Now);
        Assert.True(session.Overlaps(Now.AddHours(1.5), Now.AddHours(3)), "a slot starting inside the session clashes");
        Assert.True(session.Overlaps(Now, Now.AddHours(5)), "a slot around the session clashes");
        Assert.False(session.Overlaps(Now.AddHours(2), Now.AddHours(3)), "a slot from the session's end does not clash");
        Assert.False(session.Overlaps(Now, Now.AddHours(1)), "a slot ending as the session starts does not clash");
    }
}
