using System.Net;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Campaigns;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Inspections.Tests.TestData;

namespace LabourWelfare.Inspections.Tests.Api;

public sealed class CampaignApiTests(InspectionsFactory service) : IClassFixture<InspectionsFactory>
{
    private HttpClient Inspector(string region = "fars") => service.ClientFor(Roles.Inspector, region);

    private static object NewCampaign(string? region = null) => new
    {
        name = "Blood donation week", kind = "blood-donation", partnerAgency = "Fars Blood Transfusion Centre", region,
        startsOn = DateOnly.FromDateTime(DateTime.UtcNow), endsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7),
    };

    [Fact]
    public async Task A_campaign_is_planned_joined_by_workplaces_and_announced_once()
    {
        var client = Inspector();
        var created = await client.PostJsonAsync(CampaignsUrl, NewCampaign());
        var campaign = await created.ShouldBeAsync<CampaignResponse>(HttpStatusCode.Created);
        var url = $"{CampaignsUrl}/{campaign.Id}";
        var workplace = await WorkplaceAsync(client, workforce: 40);

        await client.PostJsonAsync($"{url}/participants", new { workplaceId = workplace.Id, participants = 25 }).ShouldBeAsync<CampaignResponse>(HttpStatusCode.OK);
        var joined = await client.PostJsonAsync($"{url}/participants", new { workplaceId = workplace.Id, participants = 30 }).ShouldBeAsync<CampaignResponse>(HttpStatusCode.OK);
        Assert.Equal(1, joined.ParticipatingWorkplaces);
        Assert.Equal(30, joined.Participants);
        await client.PostJsonAsync($"{url}/participants", new { workplaceId = workplace.Id, participants = 41 }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "participants");
        await client.PostJsonAsync($"{url}/participants", new { }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "workplaceId", "participants");

        await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/announce", null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var etag = await CurrentETagAsync(client, url);
        var announced = await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/announce", etag)).ShouldBeAsync<CampaignResponse>(HttpStatusCode.OK);
        Assert.Equal(CampaignStatus.Announced, announced.Status);
        await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/announce", etag)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var again = await client.SendWithIfMatch(HttpMethod.Post, $"{url}/announce", await CurrentETagAsync(client, url));
        Assert.Equal("campaign-already-announced", (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());

        var list = await service.ClientFor(Roles.Supervisor, "fars").GetAsync($"{CampaignsUrl}?status=announced&pageSize=100").ShouldBeAsync<PagedList<CampaignResponse>>(HttpStatusCode.OK);
        Assert.Contains(list.Items, c => c.Id == campaign.Id);
    }

    [Fact]
    public async Task Bad_input_is_400_another_region_404_and_wrong_roles_403_or_401()
    {
        var client = Inspector();
        await client.PostJsonAsync(CampaignsUrl, new { kind = "party", startsOn = "2025-02-01" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "kind");
        await client.PostJsonAsync(CampaignsUrl, new { startsOn = "2025-02-01", endsOn = "2025-01-01" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "name", "kind", "endsOn");
        var campaign = await client.PostJsonAsync(CampaignsUrl, NewCampaign()).ShouldBeAsync<CampaignResponse>(HttpStatusCode.Created);
        var url = $"{CampaignsUrl}/{campaign.Id}";

        var almaty = Inspector("almaty");
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.GetAsync(url)).StatusCode);
        await almaty.PostJsonAsync($"{url}/participants", new { workplaceId = Guid.NewGuid(), participants = 1 }).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await almaty.SendWithIfMatch(HttpMethod.Post, $"{url}/announce", "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var almatyWorkplace = await WorkplaceAsync(almaty, region: "almaty");
        await client.PostJsonAsync($"{url}/participants", new { workplaceId = almatyWorkplace.Id, participants = 1 }).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await almaty.PostJsonAsync(CampaignsUrl, NewCampaign("fars")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Partner, null).GetAsync(CampaignsUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().PostJsonAsync(CampaignsUrl, NewCampaign())).StatusCode);
    }
}
