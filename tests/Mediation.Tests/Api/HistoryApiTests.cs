using System.Net;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Mediation.Tests.Api.MediationApi;

namespace LabourWelfare.Mediation.Tests.Api;

/// <summary>
/// A case's audit trail holds its confidential details: the region's supervisor and the assigned mediator read it,
/// not the parties, not another mediator.
/// </summary>
public sealed class HistoryApiTests(MediationFactory service) : IClassFixture<MediationFactory>
{
    private readonly MediationApi _api = new(service);

    [Fact]
    public async Task Those_who_run_a_case_read_its_history_and_nobody_else()
    {
        var applicant = NationalIdFor("fars");
        var (@case, mediator) = await _api.AssignedCaseAsync(applicantNationalId: applicant);
        var url = $"{Cases}/{@case.Id}/history";

        var bySupervisor = await _api.Supervisor().GetAsync(url).ShouldBeAsync<PagedList<AuditHistoryEntry>>(HttpStatusCode.OK);
        Assert.Equal("created", bySupervisor.Items[0].Action);
        var assignment = bySupervisor.Items.Single(e => e.Action == "updated" && e.NewValues?.TryGetProperty("MediatorId", out _) == true);
        Assert.Equal(mediator.Id, assignment.NewValues!.Value.GetProperty("MediatorId").GetGuid());
        var byMediator = await _api.AsMediator(mediator).GetAsync(url).ShouldBeAsync<PagedList<AuditHistoryEntry>>(HttpStatusCode.OK);
        Assert.Equal(bySupervisor.TotalCount, byMediator.TotalCount);

        var other = await _api.RegisterMediatorAsync();
        await _api.AsMediator(other).GetAsync(url).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.Citizen(applicant).GetAsync(url)).StatusCode);
    }
}
