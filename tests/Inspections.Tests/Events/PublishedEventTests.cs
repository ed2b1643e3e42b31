using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Features.Accidents;
using LabourWelfare.Inspections.Features.Campaigns;
using LabourWelfare.Inspections.Features.Inspections;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using static LabourWelfare.Inspections.Tests.TestData;

namespace LabourWelfare.Inspections.Tests.Events;

/// <summary>Every event the service publishes, as a partner receives it from RabbitMQ.</summary>
public sealed class PublishedEventTests(InspectionsFactory service) : IClassFixture<InspectionsFactory>
{
    private HttpClient Inspector() => service.ClientFor(Roles.Inspector, "fars");

    [Fact]
    public async Task Recording_an_illegal_dismissal_publishes_ViolationRecorded_with_the_employer_and_completing_publishes_InspectionCompleted()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var client = Inspector();
        var workplace = await WorkplaceAsync(client, employer: "Pars Tile Co");
        var (inspection, _) = await InProgressAsync(client, workplace.Id);
        var url = $"{InspectionsUrl}/{inspection.Id}";

        var violation = await client.PostJsonAsync($"{url}/violations", new { category = "illegal-dismissal", severity = "critical", description = "12 workers dismissed", correctiveDeadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14) })
            .ShouldBeAsync<ViolationResponse>(HttpStatusCode.Created);
        var recorded = await probe.WaitForAsync<ViolationRecorded>(e => e.ViolationId == violation.Id);
        Assert.Equal(ViolationRecorded.IllegalDismissal, recorded.Category);
        Assert.Equal("critical", recorded.Severity);
        Assert.Equal("Pars Tile Co", recorded.EmployerName);
        Assert.Equal(workplace.Id, recorded.WorkplaceId);
        Assert.Equal("fars", recorded.Region);
        Assert.Equal(workplace.Name, recorded.WorkplaceName);

        (await client.PostJsonAsync($"{url}/answers", AllAnswered())).EnsureSuccessStatusCode();
        (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/complete", await CurrentETagAsync(client, url))).EnsureSuccessStatusCode();
        var completed = await probe.WaitForAsync<InspectionCompleted>(e => e.InspectionId == inspection.Id);
        Assert.Equal("industry", completed.Sector);
        Assert.Equal(66.7m, completed.ComplianceScore);
        Assert.Equal(1, completed.ViolationCount);
        Assert.Equal(1, completed.CriticalViolationCount);
        Assert.True(completed.FollowUpRequired);
        Assert.Equal(completed.EventId, probe.Received.Single(r => r.Message is InspectionCompleted c && c.InspectionId == inspection.Id).MessageId);
    }

    [Fact]
    public async Task Reporting_an_accident_publishes_AccidentReported_with_the_injured_and_closing_it_AccidentCaseClosed()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var client = Inspector();
        var workplace = await WorkplaceAsync(client, sector: "construction");
        var nationalId = IranianNationalId();
        var reported = await client.PostJsonAsync(AccidentsUrl, new
        {
            workplaceId = workplace.Id, occurredAt = DateTimeOffset.UtcNow.AddHours(-1), severity = "serious", description = "Crushed hand; medical details stay here",
            injured = new[] { new { nationalId = InPersianDigits(nationalId), fullName = "Reza Karimi", injurySeverity = "serious" } },
        });
        var accident = await reported.ShouldBeAsync<AccidentResponse>(HttpStatusCode.Created);

        var evt = await probe.WaitForAsync<AccidentReported>(e => e.AccidentCaseId == accident.Id);
        var injured = Assert.Single(evt.Injured);
        Assert.Equal(nationalId, injured.NationalId);
        Assert.Equal("Reza Karimi", injured.FullName);
        Assert.Equal("serious", injured.InjurySeverity);
        Assert.Equal("construction", evt.Sector);
        Assert.Equal("serious", evt.Severity);
        Assert.Equal(workplace.Id, evt.WorkplaceId);

        var investigating = await client.SendWithIfMatch(HttpMethod.Post, $"{AccidentsUrl}/{accident.Id}/investigate", ETagOf(reported), new { });
        (await client.SendWithIfMatch(HttpMethod.Post, $"{AccidentsUrl}/{accident.Id}/close", ETagOf(investigating),
            new { rootCauseCategory = "machinery-failure", rootCause = "Guard removed", correctiveActions = new[] { "Refit guard" } })).EnsureSuccessStatusCode();
        var closed = await probe.WaitForAsync<AccidentCaseClosed>(e => e.AccidentCaseId == accident.Id);
        Assert.Equal("machinery-failure", closed.RootCauseCategory);
        Assert.Equal("construction", closed.Sector);
    }

    [Fact]
    public async Task Announcing_a_campaign_publishes_HealthCampaignAnnounced()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var client = Inspector();
        var campaign = await client.PostJsonAsync(CampaignsUrl, new
        {
            name = "World Blood Donor Day", kind = "blood-donation", partnerAgency = "Blood Transfusion Centre",
            startsOn = DateOnly.FromDateTime(DateTime.UtcNow), endsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3),
        }).ShouldBeAsync<CampaignResponse>(HttpStatusCode.Created);
        var workplace = await WorkplaceAsync(client);
        (await client.PostJsonAsync($"{CampaignsUrl}/{campaign.Id}/participants", new { workplaceId = workplace.Id, participants = 12 })).EnsureSuccessStatusCode();
        var url = $"{CampaignsUrl}/{campaign.Id}";
        (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/announce", await CurrentETagAsync(client, url))).EnsureSuccessStatusCode();

        var announced = await probe.WaitForAsync<HealthCampaignAnnounced>(e => e.CampaignId == campaign.Id);
        Assert.Equal("blood-donation", announced.Kind);
        Assert.Equal("Blood Transfusion Centre", announced.PartnerAgency);
        Assert.Equal(1, announced.ParticipatingWorkplaces);
    }
}
