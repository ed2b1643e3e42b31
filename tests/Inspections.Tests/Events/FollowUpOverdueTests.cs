using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Features.Inspections;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using static LabourWelfare.Inspections.Tests.TestData;

namespace LabourWelfare.Inspections.Tests.Events;

public sealed class FollowUpOverdueTests(ClockedInspectionsFactory service) : IClassFixture<ClockedInspectionsFactory>
{
    [Fact]
    public async Task A_follow_up_past_its_due_date_raises_FollowUpOverdue_once()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var client = service.ClientFor(Roles.Inspector, "fars");
        var (inspection, _) = await InProgressAsync(client);
        var url = $"{InspectionsUrl}/{inspection.Id}";
        var today = DateOnly.FromDateTime(service.Clock.GetUtcNow().UtcDateTime);
        (await client.PostJsonAsync($"{url}/violations", new { category = "fire-safety", severity = "critical", description = "No exits", correctiveDeadline = today.AddDays(5) })).EnsureSuccessStatusCode();
        (await client.PostJsonAsync($"{url}/answers", AllAnswered())).EnsureSuccessStatusCode();
        var completed = await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/complete", await CurrentETagAsync(client, url))).ShouldBeAsync<InspectionResponse>(HttpStatusCode.OK);
        var followUpId = completed.FollowUpInspectionId!.Value;

        Assert.Equal(0, await service.RunFollowUpOverdueCheckAsync(service.Clock.GetUtcNow()));
        service.Clock.Advance(TimeSpan.FromDays(5 + 14 + 1));
        Assert.Equal(1, await service.RunFollowUpOverdueCheckAsync(service.Clock.GetUtcNow()));
        Assert.Equal(0, await service.RunFollowUpOverdueCheckAsync(service.Clock.GetUtcNow().AddDays(1)));

        var overdue = await probe.WaitForAsync<FollowUpOverdue>(e => e.FollowUpInspectionId == followUpId);
        Assert.Equal(inspection.Id, overdue.OriginalInspectionId);
        Assert.Equal(today.AddDays(19), overdue.DueDate);
        var listed = await client.GetAsync($"{InspectionsUrl}?overdue=true").ShouldBeAsync<LabourWelfare.SharedKernel.PagedList<InspectionSummary>>(HttpStatusCode.OK);
        Assert.Contains(listed.Items, i => i.Id == followUpId && i.Overdue);
        Assert.Equal(1L, await service.Database.ScalarAsync<long>("SELECT count(*) FROM inspections WHERE \"OverdueRaisedAt\" IS NOT NULL"));
    }
}
