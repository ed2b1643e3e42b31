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

        Assert.True(CaseConfidentiality.CanRead(@case, new CaseReader("fars", null, null)));
        Assert.True(CaseConfidentiality.CanRead(@case, new CaseReader(null, mediator.Id, null)));
        Assert.True(CaseConfidentiality.CanRead(@case, new CaseReader(null, null, worker.NationalId)));

        Assert.False(CaseConfidentiality.CanRead(@case, new CaseReader("almaty", null, null)));
        Assert.False(CaseConfidentiality.CanRead(@case, new CaseReader(null, Guid.NewGuid(), null)));
        Assert.False(CaseConfidentiality.CanRead(@case, new CaseReader(null, null, NationalIds.NewIranian())));
        Assert.False(CaseConfidentiality.CanWork(@case, new CaseReader(null, null, worker.NationalId)));
    }

    [Fact]
    public void A_party_sees_their_own_national_id_and_officers_see_all()
    {
        var worker = Worker();
        var respondent = new LabourWelfare.Mediation.Domain.Party(PartyKind.Person, "Ali", NationalIds.NewIranian(), null);
        var @case = Case(CaseCategory.Family, worker, respondent);
        var asWorker = new CaseReader(null, null, worker.NationalId);
        Assert.True(CaseConfidentiality.SeesNationalIdOf(@case, asWorker, @case.Applicant!));
        Assert.False(CaseConfidentiality.SeesNationalIdOf(@case, asWorker, @case.Respondent!));
        Assert.True(CaseConfidentiality.SeesNationalIdOf(@case, new CaseReader("fars", null, null), @case.Respondent!));
    }
}
