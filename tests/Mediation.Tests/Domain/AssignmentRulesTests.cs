using LabourWelfare.TestSupport;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.SharedKernel;
using static LabourWelfare.Mediation.Tests.Domain.DomainFixtures;

namespace LabourWelfare.Mediation.Tests.Domain;

public sealed class AssignmentRulesTests
{
    private static string Refusal(Mediator mediator, MediationCase @case, int caseload = 0, params ConflictOfInterest[] conflicts) =>
        Assert.Throws<DomainRuleException>(() => AssignmentRules.EnsureCanTake(mediator, @case, caseload, conflicts)).Code;

    [Fact]
    public void A_labour_case_needs_a_labour_mediator_and_a_family_case_a_family_one()
    {
        Assert.Equal("specialty-mismatch", Refusal(Mediator(specialties: Specialty.Family), Case(CaseCategory.LabourDismissal)));
        Assert.Equal("specialty-mismatch", Refusal(Mediator(specialties: Specialty.Labour), Case(CaseCategory.Family)));
        AssignmentRules.EnsureCanTake(Mediator(specialties: Specialty.Family), Case(CaseCategory.Other), 0, []);
    }

    [Fact]
    public void A_full_caseload_refuses_a_new_case()
    {
        var mediator = Mediator(limit: 2);
        AssignmentRules.EnsureCanTake(mediator, Case(), 1, []);
        Assert.Equal("caseload-full", Refusal(mediator, Case(), caseload: 2));
    }

    [Fact]
    public void Another_region_an_inactive_mediator_and_another_language_are_refused()
    {
        Assert.Equal("mediator-other-region", Refusal(Mediator(region: "almaty"), Case()));
        var inactive = Mediator();
        inactive.Update(inactive.FullName, inactive.Specialties, inactive.Languages, 3, active: false);
        Assert.Equal("mediator-inactive", Refusal(inactive, Case()));
        Assert.Equal("language-mismatch", Refusal(Mediator(), Case(language: "ru")));
    }

    [Fact]
    public void A_declared_conflict_with_the_case_a_party_or_the_employer_refuses_the_assignment()
    {
        var worker = Worker();
        var @case = Case(applicant: worker, respondent: Employer("شركت نساجي شيراز"));
        var mediator = Mediator();

        var onCase = ConflictOfInterest.Declare(mediator.Id, @case.Id, null, null, "Relative", "m", Now);
        var onPerson = ConflictOfInterest.Declare(mediator.Id, null, worker.NationalId, null, "Neighbour", "m", Now);
        // Persian letter forms and spacing/case differences still match the organisation.
        var onEmployer = ConflictOfInterest.Declare(mediator.Id, null, null, "  شرکت نساجی شیراز ", "Former employer", "m", Now);
        var unrelated = ConflictOfInterest.Declare(mediator.Id, null, NationalIds.NewIranian(), "Other Co.", "Unrelated", "m", Now);

        Assert.Equal("conflict-of-interest", Refusal(mediator, @case, 0, onCase));
        Assert.Equal("conflict-of-interest", Refusal(mediator, @case, 0, onPerson));
        Assert.Equal("conflict-of-interest", Refusal(mediator, @case, 0, onEmployer));
        AssignmentRules.EnsureCanTake(mediator, @case, 0, [unrelated]);
    }
}
