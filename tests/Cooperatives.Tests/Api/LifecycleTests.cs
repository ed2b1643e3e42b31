using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.Registry;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Cooperatives.Tests.TestData;

namespace LabourWelfare.Cooperatives.Tests;

public sealed class LifecycleTests(CooperativesFactory service) : IClassFixture<CooperativesFactory>
{
    private async Task<CooperativeResponse> Move(Guid id, string action, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = service.Registrar();
        return await client.SendAsync(HttpMethod.Post, Url(id, action), body, await client.ETagAsync(Url(id)))
            .ShouldBeAsync<CooperativeResponse>(expected);
    }

    [Fact]
    public async Task A_cooperative_goes_registered_active_suspended_reinstated_dissolved_with_events()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var cooperative = await service.RegisterAsync();

        Assert.Equal(CooperativeStatus.Active, (await Move(cooperative.Id, "activate")).Status);
        var suspended = await Move(cooperative.Id, "suspend", new { reason = "missing-annual-returns" });
        Assert.Equal(CooperativeStatus.Suspended, suspended.Status);
        var suspendedEvent = await probe.WaitForAsync<CooperativeSuspended>(e => e.CooperativeId == cooperative.Id);
        Assert.Equal("missing-annual-returns", suspendedEvent.Reason);

        Assert.Equal(CooperativeStatus.Active, (await Move(cooperative.Id, "reinstate")).Status);
        var dissolved = await Move(cooperative.Id, "dissolve", new { reason = "members-resolution" });
        Assert.Equal(CooperativeStatus.Dissolved, dissolved.Status);
        var dissolvedEvent = await probe.WaitForAsync<CooperativeDissolved>(e => e.CooperativeId == cooperative.Id);
        Assert.Equal(cooperative.RegistrationNumber, dissolvedEvent.RegistrationNumber);
        Assert.Equal("fars", dissolvedEvent.Region);
    }

    [Fact]
    public async Task Impossible_transitions_answer_409_with_a_stable_code()
    {
        var client = service.Registrar();
        var file = await client.PostJsonAsync(Registry, NewCooperative()).ShouldBeAsync<CooperativeResponse>(HttpStatusCode.Created);
        Assert.Equal("transition-not-allowed", await client.SendAsync(HttpMethod.Post, Url(file.Id, "activate"), null, await client.ETagAsync(Url(file.Id))).CodeAsync());
        Assert.Equal("transition-not-allowed", await client.SendAsync(HttpMethod.Post, Url(file.Id, "dissolve"), new { reason = "merger" }, await client.ETagAsync(Url(file.Id))).CodeAsync());

        var registered = await service.RegisterAsync();
        Assert.Equal("transition-not-allowed", await client.SendAsync(HttpMethod.Post, Url(registered.Id, "reinstate"), null, await client.ETagAsync(Url(registered.Id))).CodeAsync());
        await Move(registered.Id, "dissolve", new { reason = "merger" });
        Assert.Equal("transition-not-allowed", await client.SendAsync(HttpMethod.Post, Url(registered.Id, "suspend"), new { reason = "other" }, await client.ETagAsync(Url(registered.Id))).CodeAsync());
        Assert.Equal("cooperative-dissolved", await client.SendAsync(HttpMethod.Put, Url(registered.Id), new { name = "New" }, await client.ETagAsync(Url(registered.Id))).CodeAsync());
    }

    [Fact]
    public async Task Changes_need_a_current_ETag_and_valid_bodies()
    {
        var cooperative = await service.RegisterAsync();
        var client = service.Registrar();
        await (await client.SendAsync(HttpMethod.Post, Url(cooperative.Id, "activate"), null, null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var etag = await client.ETagAsync(Url(cooperative.Id));
        var renamed = await client.SendAsync(HttpMethod.Put, Url(cooperative.Id), new { name = "Renamed Cooperative", county = "Marvdasht" }, etag)
            .ShouldBeAsync<CooperativeResponse>(HttpStatusCode.OK);
        Assert.Equal("Renamed Cooperative", renamed.Name);
        await (await client.SendAsync(HttpMethod.Put, Url(cooperative.Id), new { name = "Stale" }, etag)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);

        var current = await client.ETagAsync(Url(cooperative.Id));
        await (await client.SendAsync(HttpMethod.Put, Url(cooperative.Id), new { county = "x" }, current)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "name");
        await (await client.SendAsync(HttpMethod.Post, Url(cooperative.Id, "suspend"), new { }, current)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "reason");
        await (await client.SendAsync(HttpMethod.Post, Url(cooperative.Id, "suspend"), new { reason = "bored" }, current)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "reason");
        await (await client.SendAsync(HttpMethod.Post, Url(cooperative.Id, "dissolve"), new { reason = "merger", dissolvedOn = "2999-01-01" }, current))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "dissolvedOn");
    }

    [Fact]
    public async Task Concurrent_changes_with_one_ETag_let_one_win()
    {
        var cooperative = await service.RegisterAsync();
        var etag = await service.Registrar().ETagAsync(Url(cooperative.Id));
        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(i =>
            service.Registrar().SendAsync(HttpMethod.Put, Url(cooperative.Id), new { name = $"Name {i}" }, etag)));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
    }

    [Fact]
    public async Task Other_regions_roles_and_anonymous_callers_cannot_move_a_cooperative()
    {
        var cooperative = await service.RegisterAsync();
        var etag = await service.Registrar().ETagAsync(Url(cooperative.Id));
        foreach (var action in new[] { "activate", "suspend", "reinstate", "dissolve", "register" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await service.Registrar("ilam").SendAsync(HttpMethod.Post, Url(cooperative.Id, action), new { reason = "other" }, etag)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Supervisor, "fars").SendAsync(HttpMethod.Post, Url(cooperative.Id, action), new { reason = "other" }, etag)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().SendAsync(HttpMethod.Post, Url(cooperative.Id, action), new { reason = "other" }, etag)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await service.Registrar("ilam").SendAsync(HttpMethod.Put, Url(cooperative.Id), new { name = "X" }, etag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await service.Registrar().SendAsync(HttpMethod.Post, Url(Guid.NewGuid(), "activate"), null, etag)).StatusCode);
    }

    [Fact]
    public async Task The_registry_lists_the_region_filtered_searchable_and_paged()
    {
        var client = service.Registrar("ardabil");
        var marker = TestEnvironment.UniqueSuffix();
        for (var i = 0; i < 3; i++)
            (await client.PostJsonAsync(Registry, new { name = $"Ardabil {marker} كشاورزي {i}", region = "ardabil", registrationNumber = NewNumber("AR"), sector = "agriculture", foundingMembers = Founders("ardabil", 7) })).EnsureSuccessStatusCode();

        // Arabic kaf/yeh typed, Persian stored: search finds them all.
        var page = await client.GetAsync($"{Registry}?search={Uri.EscapeDataString(marker + " کشاورزی")}&sector=agriculture&status=registered&pageSize=2")
            .ShouldBeAsync<PagedList<CooperativeResponse>>(HttpStatusCode.OK);
        Assert.Equal(3, page.TotalCount);
        Assert.Equal(2, page.Items.Count);
        Assert.All(page.Items, c => Assert.Equal(7, c.ActiveMembers));
        var second = await client.GetAsync($"{Registry}?search={marker}&page=2&pageSize=2").ShouldBeAsync<PagedList<CooperativeResponse>>(HttpStatusCode.OK);
        Assert.Single(second.Items);
        Assert.DoesNotContain(second.Items[0].Id, page.Items.Select(c => c.Id));

        var otherRegion = await service.Registrar("qom").GetAsync($"{Registry}?search={marker}").ShouldBeAsync<PagedList<CooperativeResponse>>(HttpStatusCode.OK);
        Assert.Equal(0, otherRegion.TotalCount);
        await (await client.GetAsync($"{Registry}?pageSize=500")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "pageSize");
        await (await client.GetAsync($"{Registry}?status=sleeping&sector=mining")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "status");
        var renewables = await client.GetAsync($"{Registry}?sector=renewable-energy&search={marker}").ShouldBeAsync<PagedList<CooperativeResponse>>(HttpStatusCode.OK);
        Assert.Equal(0, renewables.TotalCount);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(Registry)).StatusCode);
    }
}
