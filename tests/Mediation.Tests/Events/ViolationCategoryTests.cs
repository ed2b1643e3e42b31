using LabourWelfare.Contracts;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.Mediation.Messaging;

namespace LabourWelfare.Mediation.Tests.Events;

/// <summary>
/// Which inspection findings become mediation cases: only the labour-rights violations (illegal dismissal, unpaid
/// wages) are the centre's business; safety, hygiene and the rest stay with the inspectorate.
/// </summary>
public sealed class ViolationCategoryTests
{
    [Theory]
    [InlineData(ViolationRecorded.IllegalDismissal, CaseCategory.LabourDismissal)]
    [InlineData(ViolationRecorded.UnpaidWages, CaseCategory.LabourWages)]
    public void A_labour_rights_violation_opens_a_case_of_its_category(string violation, CaseCategory expected) =>
        Assert.Equal(expected, ViolationRecordedConsumer.CategoryOf(violation));

    [Theory]
    [InlineData("hygiene")]
    [InlineData("ppe")]
    [InlineData("fire-safety")]
    [InlineData("machinery-safety")]
    [InlineData("working-hours")]
    [InlineData("child-labour")]
    [InlineData("other")]
    [InlineData("IllegalDismissal")] // the wire value is kebab-case; another spelling is not a referral
    [InlineData("")]
    public void Any_other_violation_opens_no_case(string violation) =>
        Assert.Null(ViolationRecordedConsumer.CategoryOf(violation));
}
