using System.Net;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Accidents;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Inspections.Tests.TestData;

namespace LabourWelfare.Inspections.Tests.Api;

public sealed class AccidentApiTests(InspectionsFactory service) : IClassFixture<InspectionsFactory>
{
    private HttpClient Inspector(string region = "fars") => service.ClientFor(Roles.Inspector, region);

    private static object NewAccident(Guid workplaceId, params string[] nationalIds) => new
    {
        workplaceId,
        occurredAt = DateTimeOffset.UtcNow.AddHours(-2),
        severity = "minor",
        description = "Fall from scaffolding",
        injured = nationalIds.Select((id, i) => new { nationalId = id, fullName = $"Worker {i}", injurySeverity = i == 0 ? "serious" : "minor" }).ToArray(),
    };

    [Fact]
    public async Task An_accident_file_is_reported_investigated_and_closed_with_root_cause()
    {
        var client = Inspector();
        var workplace = await WorkplaceAsync(client, sector: "construction");
        var id = IranianNationalId();
        var reported = await client.PostJsonAsync(AccidentsUrl, NewAccident(workplace.Id, InPersianDigits(id)));
        var accident = await reported.ShouldBeAsync<AccidentResponse>(HttpStatusCode.Created);
        Assert.Equal(AccidentStatus.Reported, accident.Status);
        Assert.Equal(AccidentSeverity.Serious, accident.Severity);
        Assert.Equal(Sector.Construction, accident.Sector);
        Assert.Equal(id, accident.Injured[0].NationalId);
        var url = $"{AccidentsUrl}/{accident.Id}";

        Assert.Equal("accident-not-under-investigation", (await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/close", ETagOf(reported),
            new { rootCauseCategory = "missing-ppe", rootCause = "No harness", correctiveActions = new[] { "Harnesses" } })).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/investigate", null, new { })).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var investigating = await client.SendWithIfMatch(HttpMethod.Post, $"{url}/investigate", ETagOf(reported), new { investigator = "inspector-7" });
        Assert.Equal(AccidentStatus.UnderInvestigation, (await investigating.ShouldBeAsync<AccidentResponse>(HttpStatusCode.OK)).Status);
        await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/investigate", ETagOf(reported), new { })).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/close", ETagOf(investigating), new { correctiveActions = Array.Empty<string>() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "rootCauseCategory", "rootCause", "correctiveActions");
        var closed = await (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/close", ETagOf(investigating),
            new { rootCauseCategory = "missing-ppe", rootCause = "No harness", correctiveActions = new[] { "Harnesses for all", "Training" } }))
            .ShouldBeAsync<AccidentResponse>(HttpStatusCode.OK);
        Assert.Equal(AccidentStatus.Closed, closed.Status);
        Assert.Equal(RootCauseCategory.MissingPpe, closed.RootCauseCategory!.Value);
        Assert.Equal(2, closed.CorrectiveActions.Count);

        var listed = await service.ClientFor(Roles.Supervisor, "fars").GetAsync($"{AccidentsUrl}?workplaceId={workplace.Id}&status=closed").ShouldBeAsync<PagedList<AccidentSummary>>(HttpStatusCode.OK);
        Assert.Equal(accident.Id, Assert.Single(listed.Items).Id);
    }

    [Fact]
    public async Task A_citizen_reads_only_the_files_where_they_are_injured_and_sees_the_others_masked()
    {
        var client = Inspector();
        var workplace = await WorkplaceAsync(client);
        string mine = IranianNationalId(), colleague = IranianNationalId(), stranger = IranianNationalId();
        var accident = await client.PostJsonAsync(AccidentsUrl, NewAccident(workplace.Id, mine, colleague)).ShouldBeAsync<AccidentResponse>(HttpStatusCode.Created);
        var other = await client.PostJsonAsync(AccidentsUrl, NewAccident(workplace.Id, stranger)).ShouldBeAsync<AccidentResponse>(HttpStatusCode.Created);

        var citizen = service.ClientFor(Roles.Citizen, "fars", nationalId: mine);
        var read = await citizen.GetAsync($"{AccidentsUrl}/{accident.Id}").ShouldBeAsync<AccidentResponse>(HttpStatusCode.OK);
        Assert.Contains(read.Injured, i => i.NationalId == mine && i.FullName == "Worker 0");
        var masked = Assert.Single(read.Injured, i => i.NationalId != mine);
        Assert.Equal(NationalId.Mask(colleague), masked.NationalId);
        Assert.Null(masked.FullName);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"{AccidentsUrl}/{other.Id}")).StatusCode);
        var list = await citizen.GetAsync(AccidentsUrl).ShouldBeAsync<PagedList<AccidentSummary>>(HttpStatusCode.OK);
        Assert.Equal(accident.Id, Assert.Single(list.Items).Id);
        Assert.Empty((await service.ClientFor(Roles.Citizen, "fars").GetAsync(AccidentsUrl).ShouldBeAsync<PagedList<AccidentSummary>>(HttpStatusCode.OK)).Items);

        var supervisor = await service.ClientFor(Roles.Supervisor, "fars").GetAsync($"{AccidentsUrl}/{accident.Id}").ShouldBeAsync<AccidentResponse>(HttpStatusCode.OK);
        Assert.Contains(supervisor.Injured, i => i.NationalId == colleague);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostJsonAsync(AccidentsUrl, NewAccident(workplace.Id, mine))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync(WorkplacesUrl)).StatusCode);
    }

    [Fact]
    public async Task Bad_input_and_invalid_national_ids_are_400_and_another_region_gets_404()
    {
        var client = Inspector();
        var workplace = await WorkplaceAsync(client);
        await client.PostJsonAsync(AccidentsUrl, new { injured = Array.Empty<object>() })
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "workplaceId", "occurredAt", "severity", "description", "injured");
        await client.PostJsonAsync(AccidentsUrl, NewAccident(workplace.Id, "1234567890"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "injured[0].nationalId");
        await client.PostJsonAsync(AccidentsUrl, new
        {
            workplaceId = workplace.Id, occurredAt = DateTimeOffset.UtcNow.AddDays(1), severity = "minor", description = "x",
            injured = new[] { new { nationalId = IranianNationalId(), fullName = "A", injurySeverity = "minor" } }
        })
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "occurredAt");
        await client.GetAsync($"{AccidentsUrl}?from=2025-02-01&to=2025-01-01").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "to");

        var reported = await client.PostJsonAsync(AccidentsUrl, NewAccident(workplace.Id, IranianNationalId()));
        var accident = await reported.ShouldBeAsync<AccidentResponse>(HttpStatusCode.Created);
        var almaty = Inspector("almaty");
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.GetAsync($"{AccidentsUrl}/{accident.Id}")).StatusCode);
        await (await almaty.SendWithIfMatch(HttpMethod.Post, $"{AccidentsUrl}/{accident.Id}/investigate", ETagOf(reported), new { })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await almaty.SendWithIfMatch(HttpMethod.Post, $"{AccidentsUrl}/{accident.Id}/close", ETagOf(reported), new { })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await almaty.PostJsonAsync(AccidentsUrl, NewAccident(workplace.Id, "950101300038")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await almaty.GetAsync(AccidentsUrl).ShouldBeAsync<PagedList<AccidentSummary>>(HttpStatusCode.OK)).Items, a => a.Id == accident.Id);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(AccidentsUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Supervisor, "fars").PostJsonAsync(AccidentsUrl, NewAccident(workplace.Id, IranianNationalId()))).StatusCode);
    }
}
