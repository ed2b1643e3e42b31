using LabourWelfare.Inspections.Domain;
using System.Net;
using LabourWelfare.Inspections.Features.Checklists;
using LabourWelfare.Inspections.Features.Inspections;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Inspections.Tests.TestData;

namespace LabourWelfare.Inspections.Tests.Api;

public sealed class InspectionApiTests(InspectionsFactory service) : IClassFixture<InspectionsFactory>
{
    private HttpClient Inspector(string region = "fars") => service.ClientFor(Roles.Inspector, region);

    private static string CodeOf(System.Text.Json.JsonElement problem) => problem.GetProperty("code").GetString()!;

    [Fact]
    public async Task An_inspection_runs_from_scheduled_to_completed_with_answers_findings_and_a_score()
    {
        var client = Inspector();
        var (inspection, etag) = await InProgressAsync(client);
        Assert.Equal(InspectionStatus.InProgress, inspection.Status);
        var url = $"{InspectionsUrl}/{inspection.Id}";

        (await client.PostJsonAsync($"{url}/answers", AllAnswered())).EnsureSuccessStatusCode();
        var violation = await client.PostJsonAsync($"{url}/violations", new
        {
            category = "ppe", severity = "major", description = "No masks", provision = "Labour Law art. 91", itemCode = "PPE-1",
            correctiveDeadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7), penaltyAmount = 5_000_000m,
        }).ShouldBeAsync<ViolationResponse>(HttpStatusCode.Created);
        Assert.Equal("ppe-1", violation.ItemCode);
        Assert.Equal("IRR", violation.PenaltyCurrency);
        await client.PostJsonAsync($"{url}/recommendations", new { kind = "supply-ppe", text = "Buy masks" }).ShouldBeAsync<RecommendationResponse>(HttpStatusCode.Created);
        await client.PostJsonAsync($"{url}/supplies", new { item = "masks", quantity = 100 }).ShouldBeAsync<SupplyResponse>(HttpStatusCode.OK);
        var supplies = await client.PostJsonAsync($"{url}/supplies", new { item = "masks", quantity = 20 }).ShouldBeAsync<SupplyResponse>(HttpStatusCode.OK);
        Assert.Equal(120, supplies.Quantity);

        // The findings moved the inspection's version: the ETag from the start is stale now.
        await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/complete", etag)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/complete", null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var completed = await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/complete", await CurrentETagAsync(client, url)))
            .ShouldBeAsync<InspectionResponse>(HttpStatusCode.OK);
        Assert.Equal(InspectionStatus.Completed, completed.Status);
        Assert.Equal(66.7m, completed.ComplianceScore);
        Assert.Null(completed.FollowUpInspectionId);

        var read = await service.ClientFor(Roles.Supervisor, "fars").GetAsync(url).ShouldBeAsync<InspectionResponse>(HttpStatusCode.OK);
        Assert.Equal(3, read.Answers.Count);
        Assert.Single(read.Violations);
        Assert.Single(read.Recommendations);
        Assert.Single(read.Supplies);
        var listed = await client.GetAsync($"{InspectionsUrl}?workplaceId={read.WorkplaceId}&status=completed").ShouldBeAsync<PagedList<InspectionSummary>>(HttpStatusCode.OK);
        Assert.Equal(read.Id, Assert.Single(listed.Items).Id);
    }

    [Fact]
    public async Task Transitions_that_make_no_sense_are_409_with_the_reason()
    {
        var client = Inspector();
        var (scheduled, etag) = await ScheduledAsync(client);
        var url = $"{InspectionsUrl}/{scheduled.Id}";
        Assert.Equal("inspection-not-in-progress", CodeOf(await client.PostJsonAsync($"{url}/answers", AllAnswered()).ShouldBeProblemAsync(HttpStatusCode.Conflict)));
        Assert.Equal("inspection-not-in-progress", CodeOf(await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/complete", etag)).ShouldBeProblemAsync(HttpStatusCode.Conflict)));

        var cancelled = await client.SendWithIfMatch(HttpMethod.Post, $"{url}/cancel", etag, new { reason = "Workplace closed for holidays" });
        Assert.Equal(InspectionStatus.Cancelled, (await cancelled.ShouldBeAsync<InspectionResponse>(HttpStatusCode.OK)).Status);
        var fresh = ETagOf(cancelled);
        Assert.Equal("inspection-not-in-progress", CodeOf(await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/complete", fresh)).ShouldBeProblemAsync(HttpStatusCode.Conflict)));
        Assert.Equal("inspection-not-scheduled", CodeOf(await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/start", fresh)).ShouldBeProblemAsync(HttpStatusCode.Conflict)));
        Assert.Equal("inspection-closed", CodeOf(await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/cancel", fresh, new { reason = "x" })).ShouldBeProblemAsync(HttpStatusCode.Conflict)));
        Assert.Equal("inspection-not-in-progress", CodeOf(await client.PostJsonAsync($"{url}/recommendations", new { kind = "other", text = "x" }).ShouldBeProblemAsync(HttpStatusCode.Conflict)));
        Assert.Equal("inspection-not-in-progress", CodeOf(await client.PostJsonAsync($"{url}/supplies", new { item = "masks", quantity = 1 }).ShouldBeProblemAsync(HttpStatusCode.Conflict)));

        var (running, runningEtag) = await InProgressAsync(client);
        await client.PostJsonAsync($"{InspectionsUrl}/{running.Id}/answers", new { answers = new[] { new { itemCode = "hyg-1", answer = "compliant" } } }).ShouldBeAsync<InspectionResponse>(HttpStatusCode.OK);
        var incomplete = await client.SendWithIfMatch(HttpMethod.Post, $"{InspectionsUrl}/{running.Id}/complete", await CurrentETagAsync(client, $"{InspectionsUrl}/{running.Id}"));
        Assert.Equal("checklist-incomplete", CodeOf(await incomplete.ShouldBeProblemAsync(HttpStatusCode.Conflict)));
        Assert.NotNull(runningEtag);
    }

    [Fact]
    public async Task Answering_an_item_that_is_not_in_the_started_version_is_400_even_after_a_new_version_adds_it()
    {
        var client = Inspector();
        var v1 = await ChecklistAsync(client);
        var (inspection, _) = await InProgressAsync(client, checklistId: v1.Id);
        var v2 = await client.PostJsonAsync($"{ChecklistsUrl}/{v1.Id}/versions", new
        {
            title = "v2",
            items = new object[] { new { code = "dist-1", topic = "distancing", severity = "major", texts = new Dictionary<string, string> { ["en"] = "Distance" } } },
        }).ShouldBeAsync<ChecklistResponse>(HttpStatusCode.Created);

        var url = $"{InspectionsUrl}/{inspection.Id}";
        await client.PostJsonAsync($"{url}/answers", new { answers = new[] { new { itemCode = "dist-1", answer = "compliant" } } })
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "answers[0].itemCode");
        await client.PostJsonAsync($"{url}/violations", new { category = "distancing", severity = "minor", description = "x", itemCode = "dist-1" })
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "itemCode");
        (await client.PostJsonAsync($"{url}/answers", AllAnswered())).EnsureSuccessStatusCode();
        var completed = await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/complete", await CurrentETagAsync(client, url))).ShouldBeAsync<InspectionResponse>(HttpStatusCode.OK);
        Assert.Equal(v1.Id, completed.ChecklistTemplateId);

        var byCode = await client.PostJsonAsync(InspectionsUrl, new { workplaceId = inspection.WorkplaceId, checklistCode = v1.Code, scheduledOn = "2030-01-01" })
            .ShouldBeAsync<InspectionResponse>(HttpStatusCode.Created);
        Assert.Equal(v2.Id, byCode.ChecklistTemplateId);
    }

    [Fact]
    public async Task A_critical_violation_schedules_a_follow_up_with_a_due_date()
    {
        var client = Inspector();
        var (inspection, _) = await InProgressAsync(client);
        var url = $"{InspectionsUrl}/{inspection.Id}";
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        await client.PostJsonAsync($"{url}/violations", new { category = "fire-safety", severity = "critical", description = "Extinguishers empty", correctiveDeadline = deadline })
            .ShouldBeAsync<ViolationResponse>(HttpStatusCode.Created);
        (await client.PostJsonAsync($"{url}/answers", AllAnswered(fire: "non-compliant"))).EnsureSuccessStatusCode();

        var completed = await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/complete", await CurrentETagAsync(client, url))).ShouldBeAsync<InspectionResponse>(HttpStatusCode.OK);

        Assert.NotNull(completed.FollowUpInspectionId);
        var followUp = await client.GetAsync($"{InspectionsUrl}/{completed.FollowUpInspectionId}").ShouldBeAsync<InspectionResponse>(HttpStatusCode.OK);
        Assert.Equal(inspection.Id, followUp.FollowUpOf!.Value);
        Assert.Equal(deadline.AddDays(14), followUp.FollowUpDueOn!.Value);
        Assert.Equal(InspectionStatus.Scheduled, followUp.Status);
        var followUps = await client.GetAsync($"{InspectionsUrl}?followUps=true&workplaceId={inspection.WorkplaceId}").ShouldBeAsync<PagedList<InspectionSummary>>(HttpStatusCode.OK);
        Assert.Single(followUps.Items);
    }

    [Fact]
    public async Task Bad_input_is_400_with_field_errors()
    {
        var client = Inspector();
        await client.PostJsonAsync(InspectionsUrl, new { }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "workplaceId", "checklistId", "scheduledOn");
        await client.PostJsonAsync(InspectionsUrl, new { workplaceId = "not-a-guid" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "workplaceId");
        var (inspection, etag) = await InProgressAsync(client);
        var url = $"{InspectionsUrl}/{inspection.Id}";
        await client.PostJsonAsync($"{url}/answers", new { answers = new object[] { new { itemCode = "hyg-1" } } }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "answers[0].answer");
        await client.PostJsonAsync($"{url}/answers", new { answers = new object[] { new { itemCode = "hyg-1", answer = "maybe" } } }).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await client.PostJsonAsync($"{url}/violations", new { category = "illegal-dismissal" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "severity", "description");
        await client.PostJsonAsync($"{url}/violations", new { category = "ppe", severity = "critical", description = "x" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "correctiveDeadline");
        await client.PostJsonAsync($"{url}/recommendations", new { kind = "remote-work" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "text");
        await client.PostJsonAsync($"{url}/supplies", new { item = "masks", quantity = 0 }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "quantity");
        await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/cancel", etag, new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "reason");
        await client.GetAsync($"{InspectionsUrl}?from=2025-02-01&to=2025-01-01").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "to");
        await client.PostJsonAsync(InspectionsUrl, new { workplaceId = Guid.NewGuid(), checklistCode = "x", scheduledOn = "2030-01-01" }).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_region_gets_404_on_every_inspection_endpoint_and_wrong_roles_are_refused()
    {
        var (inspection, etag) = await InProgressAsync(Inspector());
        var url = $"{InspectionsUrl}/{inspection.Id}";
        var almaty = Inspector("almaty");
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.GetAsync(url)).StatusCode);
        await almaty.PostJsonAsync($"{url}/answers", AllAnswered()).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await almaty.PostJsonAsync($"{url}/violations", new { category = "ppe", severity = "minor", description = "x" }).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await almaty.PostJsonAsync($"{url}/recommendations", new { kind = "other", text = "x" }).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await almaty.PostJsonAsync($"{url}/supplies", new { item = "masks", quantity = 1 }).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await almaty.SendWithIfMatch(HttpMethod.Post, $"{url}/start", etag)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await almaty.SendWithIfMatch(HttpMethod.Post, $"{url}/complete", etag)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await almaty.SendWithIfMatch(HttpMethod.Post, $"{url}/cancel", etag, new { reason = "x" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await almaty.PostJsonAsync(InspectionsUrl, new { workplaceId = inspection.WorkplaceId, checklistId = inspection.ChecklistTemplateId, scheduledOn = "2030-01-01" }).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await almaty.GetAsync(InspectionsUrl).ShouldBeAsync<PagedList<InspectionSummary>>(HttpStatusCode.OK)).Items, i => i.Id == inspection.Id);

        var supervisor = service.ClientFor(Roles.Supervisor, "fars");
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostJsonAsync($"{url}/answers", AllAnswered())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Citizen, "fars").GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().PostJsonAsync(InspectionsUrl, new { })).StatusCode);
    }

    [Fact]
    public async Task Two_inspectors_completing_at_once_complete_it_once()
    {
        var client = Inspector();
        var (inspection, _) = await InProgressAsync(client);
        var url = $"{InspectionsUrl}/{inspection.Id}";
        (await client.PostJsonAsync($"{url}/answers", AllAnswered())).EnsureSuccessStatusCode();
        var etag = await CurrentETagAsync(client, url);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Inspector().SendWithIfMatch(HttpMethod.Post, $"{url}/complete", etag)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK),
            r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.PreconditionFailed, HttpStatusCode.Conflict }));
    }
}
