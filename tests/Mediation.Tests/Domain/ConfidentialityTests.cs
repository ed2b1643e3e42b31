using LabourWelfare.TestSupport;
using LabourWelfare.Mediation.Domain;
using static LabourWelfare.Mediation.Tests.Domain.DomainFixtures;

namespace LabourWelfare.Mediation.Tests.Domain;

public sealed class ConfidentialityTests
{
    [Fact]
    public void Only_the_assigned_mediator_the_region_supervisors_and_the_parties_read_a_case()
    {
        var worker = Worker();
        var @case = Case(applicant: worker);
        var mediator = Mediator();
        @case.Assign(mediator, 0, [], Now);

        var supervisor = new CaseReader("fars", null, null);
        var assignedMediator = new CaseReader(null, mediator.Id, null);
        var party = new CaseReader(null, null, worker.NationalId);
        Assert.True(CaseConfidentiality.CanRead(@case, supervisor), "the region's supervisor reads");
        Assert.True(CaseConfidentiality.CanRead(@case, assignedMediator), "the assigned mediator reads");
        Assert.True(CaseConfidentiality.CanRead(@case, party), "a party reads");

        var otherSupervisor = new CaseReader("almaty", null, null);
        var otherMediator = new CaseReader(null, Guid.NewGuid(), null);
        var stranger = new CaseReader(null, null, NationalIds.NewIranian());
        Assert.False(CaseConfidentiality.CanRead(@case, otherSupervisor), "another region's supervisor does not read");
        Assert.False(CaseConfidentiality.CanRead(@case, otherMediator), "another mediator does not read");
        Assert.False(CaseConfidentiality.CanRead(@case, stranger), "a stranger does not read");
        Assert.False(CaseConfidentiality.CanWork(@case, party), "a party reads but does not work the case");
    }

    [Fact]
    public void A_party_sees_their_own_national_id_and_officers_see_all()
    {
        var worker = Worker();
        var respondent = new LabourWelfare.Mediation.Domain.Party(PartyKind.Person, "Ali", NationalIds.NewIranian(), null);
        var @case = Case(CaseCategory.Family, worker, respondent);
        var asWorker = new CaseReader(null, null, worker.NationalId);
        Assert.True(CaseConfidentiality.SeesNationalIdOf(@case, asWorker, @case.Applicant!), "a party sees their own national id");
        Assert.False(CaseConfidentiality.SeesNationalIdOf(@case, asWorker, @case.Respondent!), "a party does not see the other party's");
        var officer = new CaseReader("fars", null, null);
        Assert.True(CaseConfidentiality.SeesNationalIdOf(@case, officer, @case.Respondent!), "an officer sees every party's");
    }
}
