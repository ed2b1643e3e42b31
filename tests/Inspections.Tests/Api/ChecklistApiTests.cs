using System.Net;
using LabourWelfare.Inspections.Features.Checklists;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Inspections.Tests.TestData;

namespace LabourWelfare.Inspections.Tests.Api;

public sealed class ChecklistApiTests(InspectionsFactory service) : IClassFixture<InspectionsFactory>
{
    private HttpClient Inspector(string region = "fars") => service.ClientFor(Roles.Inspector, region);

    private static object Version2 => new
    {
        title = "Safe work (COVID-19)",
        items = new object[] { new { code = "dist-1", topic = "distancing", severity = "major", texts = new Dictionary<string, string> { ["fa-IR"] = "فاصله گذاری رعایت می شود", ["kk-KZ"] = "Қашықтық сақталады" } } },
    };

    [Fact]
    public async Task Versions_are_published_read_and_listed_with_their_multilingual_items()
    {
        var v1 = await ChecklistAsync(Inspector());
        Assert.Equal(1, v1.Version);
        Assert.Equal("Toilets are clean", v1.Items.Single(i => i.Code == "hyg-1").Texts["en"]);

        var v2 = await Inspector().PostJsonAsync($"{ChecklistsUrl}/{v1.Id}/versions", Version2).ShouldBeAsync<ChecklistResponse>(HttpStatusCode.Created);
        Assert.Equal(v1.Code, v2.Code);
        Assert.Equal(2, v2.Version);
        Assert.True(v2.IsLatest);
        Assert.False((await Inspector().GetAsync($"{ChecklistsUrl}/{v1.Id}").ShouldBeAsync<ChecklistResponse>(HttpStatusCode.OK)).IsLatest);

        var latest = await service.ClientFor(Roles.Supervisor, "fars").GetAsync($"{ChecklistsUrl}?pageSize=100").ShouldBeAsync<PagedList<ChecklistResponse>>(HttpStatusCode.OK);
        Assert.Contains(latest.Items, t => t.Id == v2.Id);
        Assert.DoesNotContain(latest.Items, t => t.Id == v1.Id);
        var versions = await Inspector().GetAsync($"{ChecklistsUrl}?code={v1.Code}").ShouldBeAsync<PagedList<ChecklistResponse>>(HttpStatusCode.OK);
        Assert.Equal([2, 1], versions.Items.Select(t => t.Version));
    }

    [Fact]
    public async Task Revising_an_old_version_or_reusing_a_code_is_409_and_bad_items_are_400()
    {
        var v1 = await ChecklistAsync(Inspector());
        (await Inspector().PostJsonAsync($"{ChecklistsUrl}/{v1.Id}/versions", Version2)).EnsureSuccessStatusCode();
        var stale = await Inspector().PostJsonAsync($"{ChecklistsUrl}/{v1.Id}/versions", Version2);
        Assert.Equal("template-version-stale", (await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        var taken = await Inspector().PostJsonAsync(ChecklistsUrl, NewChecklist(code: v1.Code));
        Assert.Equal("checklist-code-taken", (await taken.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());

        await Inspector().PostJsonAsync(ChecklistsUrl, new { items = Array.Empty<object>() }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "code", "title", "items");
        await Inspector().PostJsonAsync(ChecklistsUrl, new
        {
            code = "x", title = "x",
            items = new object[] { new { code = "a", texts = new Dictionary<string, string> { ["xx-not-a-culture"] = "t" } } },
        }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "items[0].topic", "items[0].severity", "items[0].texts");
        await Inspector().PostJsonAsync($"{ChecklistsUrl}/{v1.Id}/versions", new { }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "title", "items");
    }

    [Fact]
    public async Task Another_region_gets_404_and_wrong_roles_403_or_401()
    {
        var v1 = await ChecklistAsync(Inspector());
        var almaty = Inspector("almaty");
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.GetAsync($"{ChecklistsUrl}/{v1.Id}")).StatusCode);
        await almaty.PostJsonAsync($"{ChecklistsUrl}/{v1.Id}/versions", Version2).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await almaty.PostJsonAsync(ChecklistsUrl, NewChecklist(region: "fars")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Supervisor, "fars").PostJsonAsync(ChecklistsUrl, NewChecklist())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(ChecklistsUrl)).StatusCode);
    }
}
