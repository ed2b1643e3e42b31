using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.EndToEnd.Tests.Flows;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.EndToEnd.Tests;

/// <summary>
/// Issue 8: every row of the event table of the domain brief, end to end through the gateway, the four services as
/// processes, real RabbitMQ and real PostgreSQL. Each flow checks that nothing happened twice and that the whole chain
/// is one trace. Flows run in regions of their own, so each region's programmes and plan belong to one flow.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class EventChainTests(AspirePlatform platform)
{
    [Fact]
    public async Task An_accident_opens_accident_support_applications_that_an_aid_officer_approves_and_disburses()
    {
        await using var partner = await EventProbe.StartAsync(platform.Broker);
        await new AccidentSupportFlow(platform, partner, "ilam").RunAsync();
    }

    /// <summary>
    /// Known Welfare aid bug (reported, not fixed here): an AccidentReported naming two or more injured people fails in
    /// AccidentReportedConsumer on every delivery (one Provenance instance is shared by the new beneficiaries, referrals and
    /// applications; EF Core tracks an owned instance once, so the second referral is saved with null OpenedBy columns:
    /// 23502 null value in column "OpenedBy_EventType" of relation "referrals"). The message ends in the error queue and
    /// nobody injured gets a referral or an application.
    /// </summary>
    [Fact]
    public async Task An_accident_with_two_injured_opens_one_accident_support_application_for_each()
    {
        await using var partner = await EventProbe.StartAsync(platform.Broker);
        await new AccidentSupportFlow(platform, partner, "fars", injuredCount: 2).RunAsync();
    }

    [Fact]
    public async Task An_illegal_dismissal_goes_to_mediation_and_unsettled_opens_aid_and_raises_the_workplace_in_the_plan()
    {
        await using var partner = await EventProbe.StartAsync(platform.Broker);
        await new DismissalFlow(platform, partner, "ardabil").RunAsync();
    }

    [Fact]
    public async Task A_registered_cooperative_becomes_a_workplace_and_its_dissolution_retires_it_in_one_trace()
    {
        await using var partner = await EventProbe.StartAsync(platform.Broker);
        var registrar = platform.Gateway(TestTokens.For(Roles.Registrar, "fars"));
        var inspector = platform.Gateway(TestTokens.For(Roles.Inspector, "fars"));
        var number = "FA-LIFE-" + TestEnvironment.UniqueSuffix().ToUpperInvariant();
        var trace = new TraceChain();

        var cooperative = await registrar.Post("/api/cooperatives/cooperatives", new
        {
            name = "Kavar Solar Cooperative", region = "fars", registrationNumber = number, sector = "renewable-energy",
            foundingMembers = WalkingSkeletonTests.Founders(7),
        }, HttpStatusCode.Created, trace);
        var registered = await partner.WaitForAsync<CooperativeRegistered>(e => e.CooperativeId == cooperative.Id);

        var workplace = (await Eventually.Get(async () =>
        {
            var page = await inspector.Get($"/api/inspections/workplaces?cooperativeId={cooperative.Id}");
            return page.Items.Select(i => new Found(i)).FirstOrDefault();
        }, "the cooperative's workplace appears in Inspections")).Value;
        var workplaceId = workplace.GetProperty("id").GetGuid();
        Assert.Equal("active", workplace.Str("status"));
        workplace.ShouldBeOpenedBy(nameof(CooperativeRegistered), registered.EventId, "cooperatives", trace);

        // Dissolution is a later request about the same cooperative: it carries the same trace id.
        var current = await registrar.Get($"/api/cooperatives/cooperatives/{cooperative.Id}");
        var dissolved = await registrar.Post($"/api/cooperatives/cooperatives/{cooperative.Id}/dissolve", new { reason = "merger" },
            trace: trace, ifMatch: current.ETag);
        Assert.Equal("dissolved", dissolved.Text("status"));
        var dissolvedEvent = await partner.WaitForAsync<CooperativeDissolved>(e => e.CooperativeId == cooperative.Id);

        var retired = (await Eventually.Get(async () =>
        {
            var read = await inspector.Get($"/api/inspections/workplaces/{workplaceId}");
            return read.Text("status") == "retired" ? new Found(read.Body) : null;
        }, "Inspections retires the workplace")).Value;
        Assert.Equal(dissolvedEvent.DissolvedOn, DateOnly.Parse(retired.Str("retiredOn")));

        // Nothing happened twice.
        await Ledger.OutboxesDrainedAsync(platform);
        var inspections = PlatformResources.Inspections.Name;
        Assert.Equal(1, await Ledger.CountAsync(platform, inspections, "SELECT count(*) FROM workplaces WHERE \"CooperativeId\" = $1", cooperative.Id));
        Assert.Equal(1, await Ledger.InboxRowsAsync(platform, inspections, registered.EventId));
        Assert.Equal(1, await Ledger.InboxRowsAsync(platform, inspections, dissolvedEvent.EventId));
        Assert.Single(partner.Of<CooperativeRegistered>(), e => e.CooperativeId == cooperative.Id);
        Assert.Single(partner.Of<CooperativeDissolved>(), e => e.CooperativeId == cooperative.Id);
        Assert.All(partner.Received.Where(r => r.Message is CooperativeRegistered c && c.CooperativeId == cooperative.Id
                || r.Message is CooperativeDissolved d && d.CooperativeId == cooperative.Id),
            r => Assert.Equal(trace.TraceId, r.TraceId));
    }

    [Fact]
    public async Task An_announced_health_campaign_reaches_a_partner_queue_bound_to_the_public_events_once()
    {
        // The blood transfusion centre's queue, bound to every public exchange of the platform's vhost.
        await using var partner = await EventProbe.StartAsync(platform.Broker);
        var inspector = platform.Gateway(TestTokens.For(Roles.Inspector, "fars"));
        var trace = new TraceChain();

        var workplace = await inspector.Post("/api/inspections/workplaces", new
        {
            name = "Shiraz Tile Works", county = "Shiraz", sector = "industry", workforceSize = 30, employerName = "Shiraz Tile Co",
            registrationNumber = "FA-CMP-" + TestEnvironment.UniqueSuffix(),
        }, HttpStatusCode.Created);
        var campaign = await inspector.Post("/api/inspections/campaigns", new
        {
            name = "Blood donation week", kind = "blood-donation", partnerAgency = "Blood Transfusion Centre",
            startsOn = Api.Today.AddDays(7), endsOn = Api.Today.AddDays(13),
        }, HttpStatusCode.Created);
        await inspector.Post($"/api/inspections/campaigns/{campaign.Id}/participants", new { workplaceId = workplace.Id, participants = 25 });
        var planned = await inspector.Get($"/api/inspections/campaigns/{campaign.Id}");

        var announced = await inspector.Post($"/api/inspections/campaigns/{campaign.Id}/announce", null, trace: trace, ifMatch: planned.ETag);
        var received = await partner.WaitForAsync<HealthCampaignAnnounced>(e => e.CampaignId == campaign.Id);
        Assert.Equal(("fars", "blood-donation", "Blood Transfusion Centre", 1),
            (received.Region, received.Kind, received.PartnerAgency, received.ParticipatingWorkplaces));

        // Announced once: a second announcement is refused, and the partner got exactly one event, in the request's trace.
        var again = await inspector.Call(HttpMethod.Post, $"/api/inspections/campaigns/{campaign.Id}/announce",
            expected: HttpStatusCode.Conflict, ifMatch: announced.ETag);
        Assert.Equal("campaign-already-announced", again.Text("code"));
        await Ledger.OutboxesDrainedAsync(platform);
        var delivered = Assert.Single(partner.Received, r => r.Message is HealthCampaignAnnounced h && h.CampaignId == campaign.Id);
        Assert.Equal(trace.TraceId, delivered.TraceId);
        Assert.Equal(received.EventId, delivered.MessageId);
    }
}
