using System.Net;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;

namespace LabourWelfare.WelfareAid.Tests;

/// <summary>
/// A beneficiary's audit trail for the region's supervisor (who changed the decile, when, from what to what); reading
/// it is itself audited (it shows personal data), and the person themselves does not read officers' trails.
/// </summary>
public sealed class HistoryApiTests(WelfareAidFactory service) : IClassFixture<WelfareAidFactory>
{
    [Fact]
    public async Task A_supervisor_reads_who_changed_a_beneficiarys_decile()
    {
        var aid = new AidApi(service);
        var beneficiary = await aid.BeneficiaryAsync(decile: 3);
        var url = $"/api/aid/beneficiaries/{beneficiary.Id}";
        (await AidApi.Send(aid.Checker, HttpMethod.Put, url, await AidApi.ETagAsync(aid.Checker, url),
            new { fullName = beneficiary.FullName, householdSize = 4, incomeDecile = 1, targetGroups = new[] { "low-income" } })).EnsureSuccessStatusCode();

        var supervisor = service.ClientFor(Roles.Supervisor, "fars", "supervisor-" + TestEnvironment.UniqueSuffix());
        var history = await supervisor.GetAsync($"{url}/history").ShouldBeAsync<PagedList<AuditHistoryEntry>>(HttpStatusCode.OK);
        Assert.Equal(["created", "updated"], history.Items.Select(e => e.Action));
        Assert.StartsWith("maker-", history.Items[0].ChangedBy);
        var change = history.Items[1];
        Assert.StartsWith("checker-", change.ChangedBy);
        Assert.Equal(3, change.OldValues!.Value.GetProperty("IncomeDecile").GetInt32());
        Assert.Equal(1, change.NewValues!.Value.GetProperty("IncomeDecile").GetInt32());

        Assert.Equal(1L, await service.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_log WHERE entity_type = 'Beneficiary' AND entity_id = $1 AND action = 'read' AND changed_by LIKE 'supervisor-%'",
            beneficiary.Id.ToString()));
        await service.ClientFor(Roles.Supervisor, "almaty").GetAsync($"{url}/history").ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await service.ClientFor(Roles.Citizen, "fars", nationalId: beneficiary.NationalId).GetAsync($"{url}/history")).StatusCode);
    }
}
