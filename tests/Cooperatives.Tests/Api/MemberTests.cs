using System.Net;
using LabourWelfare.Cooperatives.Features.Members;
using LabourWelfare.Cooperatives.Features.Registry;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Cooperatives.Tests.TestData;

namespace LabourWelfare.Cooperatives.Tests;

public sealed class MemberTests(CooperativesFactory service) : IClassFixture<CooperativesFactory>
{
    [Fact]
    public async Task Members_join_and_leave_and_the_count_is_derived_with_the_flag_below_the_minimum()
    {
        var cooperative = await service.RegisterAsync();
        var client = service.Registrar();
        var persianDigits = string.Concat(NationalIds.NewIranian().Select(c => (char)('۰' + (c - '0'))));
        var joined = await service.AddMemberAsync(cooperative.Id, nationalId: persianDigits);
        Assert.False(joined.IsFounder);
        Assert.Equal(DigitNormalizer.NormalizeDigits(persianDigits), joined.NationalId);
        Assert.Equal(8, (await client.GetAsync(Url(cooperative.Id)).ShouldBeAsync<CooperativeResponse>(HttpStatusCode.OK)).ActiveMembers);

        var members = await client.GetAsync($"{Url(cooperative.Id, "members")}?active=true&pageSize=100").ShouldBeAsync<PagedList<MemberResponse>>(HttpStatusCode.OK);
        Assert.Equal(8, members.TotalCount);
        foreach (var member in members.Items.Take(2))
        {
            var url = Url(cooperative.Id, $"members/{member.Id}");
            var left = await client.SendAsync(HttpMethod.Post, $"{url}/leave", new { }, await client.ETagAsync(url))
                .ShouldBeAsync<MemberResponse>(HttpStatusCode.OK);
            Assert.False(left.Active);
        }
        var after = await client.GetAsync(Url(cooperative.Id)).ShouldBeAsync<CooperativeResponse>(HttpStatusCode.OK);
        Assert.Equal(6, after.ActiveMembers);
        Assert.True(after.BelowMinimum);
        Assert.NotNull(after.SuspensionDueOn);

        await service.AddMemberAsync(cooperative.Id);
        Assert.False((await client.GetAsync(Url(cooperative.Id)).ShouldBeAsync<CooperativeResponse>(HttpStatusCode.OK)).BelowMinimum);
    }

    [Fact]
    public async Task Bad_input_duplicates_and_closed_memberships_are_refused()
    {
        var cooperative = await service.RegisterAsync();
        var client = service.Registrar();
        await (await client.PostJsonAsync(Url(cooperative.Id, "members"), new { nationalId = "1111111111", shares = 0 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "nationalId", "fullName", "shares");
        // An Iranian code is not a Kazakh IIN.
        var almaty = await service.RegisterAsync("almaty");
        await (await service.Registrar("almaty").PostJsonAsync(Url(almaty.Id, "members"), new { nationalId = NationalIds.NewIranian(), fullName = "A", shares = 1 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "nationalId");
        await (await client.PostJsonAsync(Url(cooperative.Id, "members"), new { nationalId = NationalIds.NewIranian(), fullName = "A", shares = 1, joinedOn = "2999-01-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "joinedOn");

        var id = NationalIds.NewIranian();
        var member = await service.AddMemberAsync(cooperative.Id, nationalId: id);
        Assert.Equal("already-a-member", await client.PostJsonAsync(Url(cooperative.Id, "members"), new { nationalId = id, fullName = "A", shares = 1 }).CodeAsync());

        var url = Url(cooperative.Id, $"members/{member.Id}");
        await (await client.SendAsync(HttpMethod.Post, $"{url}/leave", new { }, null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await client.SendAsync(HttpMethod.Post, $"{url}/leave", new { leftOn = "2000-01-01" }, await client.ETagAsync(url)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "leftOn");
        var stale = await client.ETagAsync(url);
        (await client.SendAsync(HttpMethod.Post, $"{url}/leave", new { }, stale)).EnsureSuccessStatusCode();
        await (await client.SendAsync(HttpMethod.Post, $"{url}/leave", new { }, stale)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("member-already-left", await client.SendAsync(HttpMethod.Post, $"{url}/leave", new { }, await client.ETagAsync(url)).CodeAsync());

        // Having left, the person may join again.
        await service.AddMemberAsync(cooperative.Id, nationalId: id);
    }

    [Fact]
    public async Task Shares_change_with_If_Match()
    {
        var cooperative = await service.RegisterAsync();
        var member = await service.AddMemberAsync(cooperative.Id);
        var client = service.Registrar();
        var url = Url(cooperative.Id, $"members/{member.Id}");
        await (await client.SendAsync(HttpMethod.Put, $"{url}/shares", new { shares = 0 }, await client.ETagAsync(url))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "shares");
        await (await client.SendAsync(HttpMethod.Put, $"{url}/shares", new { shares = 9 }, null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var changed = await client.SendAsync(HttpMethod.Put, $"{url}/shares", new { shares = 9 }, await client.ETagAsync(url)).ShouldBeAsync<MemberResponse>(HttpStatusCode.OK);
        Assert.Equal(9, changed.Shares);
        Assert.Equal(HttpStatusCode.NotFound, (await service.Registrar("qom").SendAsync(HttpMethod.Put, $"{url}/shares", new { shares = 2 }, "*")).StatusCode);
    }

    [Fact]
    public async Task Concurrent_leaves_are_counted_one_after_the_other()
    {
        var cooperative = await service.RegisterAsync();
        var client = service.Registrar();
        var members = await client.GetAsync($"{Url(cooperative.Id, "members")}?pageSize=100").ShouldBeAsync<PagedList<MemberResponse>>(HttpStatusCode.OK);
        var responses = await Task.WhenAll(members.Items.Take(3).Select(m =>
            service.Registrar().SendAsync(HttpMethod.Post, Url(cooperative.Id, $"members/{m.Id}/leave"), new { }, "*")));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var after = await client.GetAsync(Url(cooperative.Id)).ShouldBeAsync<CooperativeResponse>(HttpStatusCode.OK);
        Assert.Equal(4, after.ActiveMembers);
        Assert.True(after.BelowMinimum);
    }

    [Fact]
    public async Task A_citizen_sees_only_cooperatives_they_are_an_active_member_of_with_other_ids_masked()
    {
        var mine = await service.RegisterAsync();
        var notMine = await service.RegisterAsync();
        var nationalId = NationalIds.NewIranian();
        var membership = await service.AddMemberAsync(mine.Id, nationalId: nationalId);
        var citizen = service.ClientFor(Roles.Citizen, "fars", nationalId: nationalId);

        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(Url(mine.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(Url(notMine.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(Url(notMine.Id, "members"))).StatusCode);
        var list = await citizen.GetAsync(Registry).ShouldBeAsync<PagedList<CooperativeResponse>>(HttpStatusCode.OK);
        Assert.Equal([mine.Id], list.Items.Select(c => c.Id));

        var members = await citizen.GetAsync($"{Url(mine.Id, "members")}?pageSize=100").ShouldBeAsync<PagedList<MemberResponse>>(HttpStatusCode.OK);
        Assert.Equal(nationalId, members.Items.Single(m => m.Id == membership.Id).NationalId);
        Assert.All(members.Items.Where(m => m.Id != membership.Id), m => Assert.StartsWith("*******", m.NationalId));

        // Officers of the region see ids in full.
        var supervisor = await service.ClientFor(Roles.Supervisor, "fars").GetAsync($"{Url(mine.Id, "members")}?pageSize=100")
            .ShouldBeAsync<PagedList<MemberResponse>>(HttpStatusCode.OK);
        Assert.All(supervisor.Items, m => Assert.DoesNotContain("*", m.NationalId));

        // Citizens cannot write, and once they leave they no longer see the cooperative.
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostJsonAsync(Url(mine.Id, "members"), new { nationalId, fullName = "Me", shares = 1 })).StatusCode);
        var url = Url(mine.Id, $"members/{membership.Id}");
        (await service.Registrar().SendAsync(HttpMethod.Post, $"{url}/leave", new { }, "*")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(Url(mine.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Other_regions_wrong_roles_and_anonymous_callers_reach_no_members()
    {
        var cooperative = await service.RegisterAsync();
        var member = await service.AddMemberAsync(cooperative.Id);
        var url = Url(cooperative.Id, $"members/{member.Id}");
        var qom = service.Registrar("qom");
        Assert.Equal(HttpStatusCode.NotFound, (await qom.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await qom.GetAsync(Url(cooperative.Id, "members"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await qom.PostJsonAsync(Url(cooperative.Id, "members"), new { nationalId = NationalIds.NewIranian(), fullName = "A", shares = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await qom.SendAsync(HttpMethod.Post, $"{url}/leave", new { }, "*")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await service.Registrar().GetAsync(Url(cooperative.Id, $"members/{Guid.NewGuid()}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Supervisor, "fars").SendAsync(HttpMethod.Post, $"{url}/leave", new { }, "*")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(url)).StatusCode);

        var supervisor = await service.ClientFor(Roles.Supervisor, "fars").GetAsync(url).ShouldBeAsync<MemberResponse>(HttpStatusCode.OK);
        Assert.Equal(member.NationalId, supervisor.NationalId);
    }
}
