using LabourWelfare.Inspections.Domain;
using LabourWelfare.SharedKernel;
using static LabourWelfare.Inspections.Tests.Domain.DomainFixtures;

namespace LabourWelfare.Inspections.Tests.Domain;

public sealed class InspectionRulesTests
{
    [Fact]
    public void A_scheduled_inspection_starts_and_completes_with_a_weighted_compliance_score()
    {
        var (inspection, template) = InProgress();
        AnswerAll(inspection, template);

        var followUp = inspection.Complete(template, 14, Now);

        Assert.Equal(InspectionStatus.Completed, inspection.Status);
        Assert.Equal(66.7m, inspection.ComplianceScore); // (1 + 3) of (1 + 2 + 3)
        Assert.Null(followUp);
    }

    [Fact]
    public void Completing_a_cancelled_inspection_is_refused()
    {
        var (inspection, template) = InProgress();
        inspection.Cancel("workplace closed", Now);

        var error = Assert.Throws<DomainRuleException>(() => inspection.Complete(template, 14, Now));
        Assert.Equal("inspection-not-in-progress", error.Code);
        Assert.Equal("inspection-closed", Assert.Throws<DomainRuleException>(() => inspection.Cancel("again", Now)).Code);
    }

    [Fact]
    public void Starting_twice_and_answering_before_start_are_refused()
    {
        var template = Template();
        var inspection = Inspection.Schedule(Workplace(), template, ["i"], Today, null, "i", Now);
        Assert.Equal("inspection-not-in-progress",
            Assert.Throws<DomainRuleException>(() => inspection.AnswerItems(template, [("hyg-1", Answer.Compliant, null)], Now)).Code);
        inspection.Start(Now);
        Assert.Equal("inspection-not-scheduled", Assert.Throws<DomainRuleException>(() => inspection.Start(Now)).Code);
    }

    [Fact]
    public void An_item_that_is_not_in_the_template_cannot_be_answered()
    {
        var (inspection, template) = InProgress();
        var error = Assert.Throws<DomainRuleException>(() => inspection.AnswerItems(template, [("covid-9", Answer.Compliant, null)], Now));
        Assert.Equal("item-not-in-template", error.Code);
    }

    [Fact]
    public void Completion_needs_every_item_answered()
    {
        var (inspection, template) = InProgress();
        inspection.AnswerItems(template, [("hyg-1", Answer.Compliant, null)], Now);
        var error = Assert.Throws<DomainRuleException>(() => inspection.Complete(template, 14, Now));
        Assert.Equal("checklist-incomplete", error.Code);
        Assert.Contains("fire-1", error.Message);
    }

    [Fact]
    public void A_critical_violation_requires_a_follow_up_due_after_its_corrective_deadline()
    {
        var (inspection, template) = InProgress();
        inspection.RecordViolation(template, ViolationCategory.FireSafety, Severity.Critical, "No extinguisher", "Art. 91", "fire-1",
            Today.AddDays(10), null, Now);
        AnswerAll(inspection, template, Answer.NonCompliant);

        var due = inspection.Complete(template, 14, Now);

        Assert.Equal(Today.AddDays(24), due);
    }

    [Fact]
    public void Major_and_critical_violations_need_a_corrective_deadline_that_is_not_past()
    {
        var (inspection, template) = InProgress();
        Assert.Contains("correctiveDeadline", Assert.Throws<ValidationException>(() => inspection.RecordViolation(template,
            ViolationCategory.Ppe, Severity.Major, "x", null, null, null, null, Now)).Errors.Keys);
        Assert.Contains("correctiveDeadline", Assert.Throws<ValidationException>(() => inspection.RecordViolation(template,
            ViolationCategory.Ppe, Severity.Minor, "x", null, null, Today.AddDays(-1), null, Now)).Errors.Keys);
        var minor = inspection.RecordViolation(template, ViolationCategory.UnpaidWages, Severity.Minor, "x", null, null, null, new Money(1000m, "IRR"), Now);
        Assert.Equal(new Money(1000m, "IRR"), minor.Penalty);
    }

    [Fact]
    public void Supplies_of_the_same_item_add_up_and_must_be_positive()
    {
        var (inspection, _) = InProgress();
        inspection.HandOut(SupplyItem.Masks, 100, Now);
        Assert.Equal(150, inspection.HandOut(SupplyItem.Masks, 50, Now).Quantity);
        Assert.Throws<ValidationException>(() => inspection.HandOut(SupplyItem.Masks, 0, Now));
    }

    [Fact]
    public void A_follow_up_is_overdue_after_its_due_date_and_raised_once()
    {
        var template = Template();
        var followUp = Inspection.Schedule(Workplace(), template, ["i"], Today, null, "i", Now, Guid.NewGuid(), Today.AddDays(5));
        Assert.False(followUp.MarkOverdueRaised(Today.AddDays(5), Now));
        Assert.True(followUp.MarkOverdueRaised(Today.AddDays(6), Now));
        Assert.False(followUp.MarkOverdueRaised(Today.AddDays(7), Now));
    }

    [Fact]
    public void A_retired_workplace_cannot_be_inspected_and_a_template_of_another_region_cannot_be_used()
    {
        var workplace = Workplace();
        Assert.Equal("template-of-another-region", Assert.Throws<DomainRuleException>(
            () => Inspection.Schedule(workplace, Template("almaty"), ["i"], Today, null, "i", Now)).Code);
        workplace.Retire(Today, Now);
        Assert.Equal("workplace-retired", Assert.Throws<DomainRuleException>(
            () => Inspection.Schedule(workplace, Template(), ["i"], Today, null, "i", Now)).Code);
    }
}
