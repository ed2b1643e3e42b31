using System.Net;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Cooperatives.Tests.TestData;

namespace LabourWelfare.Cooperatives.Tests;

/// <summary>A cooperative's audit trail: the region's supervisor sees who renamed it, when, and the old and new name.</summary>
public sealed class HistoryApiTests(CooperativesFactory service) : IClassFixture<CooperativesFactory>
{
    [Fact]
    public async Task A_supervisor_reads_who_renamed_a_cooperative_and_when()
    {
        var cooperative = await service.RegisterAsync();
        var registrar = service.ClientFor(Roles.Registrar, "fars", "registrar-" + TestEnvironment.UniqueSuffix());
        var url = Url(cooperative.Id);
        (await registrar.SendAsync(HttpMethod.Put, url, new { name = "Renamed Cooperative", county = "Shiraz" }, await registrar.ETagAsync(url)))
            .EnsureSuccessStatusCode();

        var history = await service.ClientFor(Roles.Supervisor, "fars").GetAsync($"{url}/history")
            .ShouldBeAsync<PagedList<AuditHistoryEntry>>(HttpStatusCode.OK);
        var renamed = history.Items.Last(e => e.Action == "updated");
        Assert.Equal(cooperative.Name, renamed.OldValues!.Value.GetProperty("Name").GetString());
        Assert.Equal("Renamed Cooperative", renamed.NewValues!.Value.GetProperty("Name").GetString());
        Assert.StartsWith("registrar-", renamed.ChangedBy);
        Assert.Equal(history.Items.OrderBy(e => e.ChangedAt).ThenBy(e => e.Sequence).Select(e => e.Sequence), history.Items.Select(e => e.Sequence));

        await service.ClientFor(Roles.Supervisor, "almaty").GetAsync($"{url}/history").ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await service.ClientFor(Roles.Citizen, "fars", nationalId: NationalIds.NewIranian()).GetAsync($"{url}/history")).StatusCode);
    }
}
