using System.Net;
using LabourWelfare.Inspections.Features.Workplaces;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Inspections.Tests.TestData;

namespace LabourWelfare.Inspections.Tests.Api;

/// <summary>
/// "Who changed this workplace's workforce from 60 to 75, and when?": the region's supervisor reads the
/// record's audit trail, paged, oldest first; other regions and citizens get 404 / 403.
/// </summary>
public sealed class HistoryApiTests(InspectionsFactory service) : IClassFixture<InspectionsFactory>
{
    [Fact]
    public async Task A_supervisor_sees_who_changed_the_workforce_from_60_to_75_and_when()
    {
        var recorder = "inspector-" + TestEnvironment.UniqueSuffix();
        var changer = "inspector-" + TestEnvironment.UniqueSuffix();
        var created = await WorkplaceAsync(service.ClientFor(Roles.Inspector, "fars", recorder), workforce: 60);
        var url = $"{WorkplacesUrl}/{created.Id}";
        var inspector = service.ClientFor(Roles.Inspector, "fars", changer);
        var before = DateTimeOffset.UtcNow;
        (await inspector.SendWithIfMatch(HttpMethod.Put, url, await CurrentETagAsync(inspector, url),
            new { name = created.Name, sector = "industry", workforceSize = 75, employerName = "Pars Tile Co" })).EnsureSuccessStatusCode();

        var history = await service.ClientFor(Roles.Supervisor, "fars").GetAsync($"{url}/history")
            .ShouldBeAsync<PagedList<AuditHistoryEntry>>(HttpStatusCode.OK);
        Assert.Equal(2, history.TotalCount);
        Assert.Equal(["created", "updated"], history.Items.Select(e => e.Action));
        Assert.Equal(recorder, history.Items[0].ChangedBy);
        var change = history.Items[1];
        Assert.Equal(changer, change.ChangedBy);
        Assert.InRange(change.ChangedAt, before.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.Equal(60, change.OldValues!.Value.GetProperty("WorkforceSize").GetInt32());
        Assert.Equal(75, change.NewValues!.Value.GetProperty("WorkforceSize").GetInt32());

        var firstPage = await service.ClientFor(Roles.Supervisor, "fars").GetAsync($"{url}/history?pageSize=1")
            .ShouldBeAsync<PagedList<AuditHistoryEntry>>(HttpStatusCode.OK);
        Assert.Equal("created", Assert.Single(firstPage.Items).Action);
        Assert.True(firstPage.HasNextPage);
        await service.ClientFor(Roles.Supervisor, "fars").GetAsync($"{url}/history?pageSize={PageRequest.MaxPageSize + 1}")
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "pageSize");
        await service.ClientFor(Roles.Supervisor, "almaty").GetAsync($"{url}/history").ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await service.ClientFor(Roles.Citizen, "fars", nationalId: NationalIds.NewIranian()).GetAsync($"{url}/history")).StatusCode);
    }
}
