using System.Net;
using System.Net.Http.Json;
using LabourWelfare.Inspections.Features.Accidents;
using LabourWelfare.Inspections.Features.Campaigns;
using LabourWelfare.Inspections.Features.Workplaces;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using static LabourWelfare.Inspections.Tests.TestData;

namespace LabourWelfare.Inspections.Tests;

/// <summary>
/// One case per endpoint ("METHOD route"): a record of region fars made through the API, an inspector of almaty (404 on
/// reads, 403/404 on writes), a citizen who is not among the injured (404 where citizens may read: accident files), and
/// the fars inspector (2xx). Records are made once per case (reads share one per record type): the wrong callers are
/// refused, so they leave the record as the right caller, tried last, needs it.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private const string Root = "/api/inspections";
    private static readonly Caller Inspector = new(Roles.Inspector, "fars");
    private static readonly Caller Outsider = new(Roles.Inspector, "almaty");
    private static readonly Caller Stranger = new(Roles.Citizen, "fars", NationalIds.NewIranian());

    /// <summary>Region-wide figures (statistics, report, coverage, plan) name their region; another region's officer gets 403.</summary>
    private const string AboutFars = "\"region\":\"fars\"";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static HttpRequestMessage Req(HttpMethod method, string url, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body, options: ProblemAssertions.Json);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static AccessCase Read(Func<Task<HttpRequestMessage>> request, bool citizens = false) => new()
    {
        Request = request, Right = Inspector, WrongRegion = Outsider, AnotherCitizen = citizens ? Stranger : null,
    };

    /// <summary>A list or region-wide figure of fars: another region's inspector is refused (403); another citizen gets 200 without the record.</summary>
    private static AccessCase Scoped(Func<Task<HttpRequestMessage>> request, bool citizens = false) =>
        Read(request, citizens) with { WrongRegionStatus = [HttpStatusCode.Forbidden], AnotherCitizenStatus = [HttpStatusCode.OK] };

    private static AccessCase Write(Func<Task<HttpRequestMessage>> request) => new()
    {
        Request = request, Right = Inspector, WrongRegion = Outsider, WrongRegionStatus = AccessCase.ForbiddenOrNotFound,
    };

    /// <summary>Makes the record on first use and hands the same one out afterwards (the matrix calls sequentially).</summary>
    private static Func<Task<T>> Once<T>(Func<Task<T>> create)
    {
        Task<T>? made = null;
        return () => made ??= create();
    }

    private HttpClient Client => service.ClientFor(Roles.Inspector, "fars");

    private static readonly object[] Items =
    [
        new { code = "hyg-1", topic = "hygiene", severity = "minor", texts = new Dictionary<string, string> { ["en"] = "Toilets are clean" } },
        new { code = "ppe-1", topic = "ppe", severity = "major", texts = new Dictionary<string, string> { ["fa-IR"] = "ماسک در دسترس است" } },
        new { code = "fire-1", topic = "fire-safety", severity = "critical", texts = new Dictionary<string, string> { ["en"] = "Extinguishers are charged" } },
    ];

    private static object NewAccident(Guid workplaceId) => new
    {
        workplaceId, occurredAt = DateTimeOffset.UtcNow.AddHours(-2), severity = "serious", kind = "accident",
        description = "Fall from scaffolding",
        injured = new[] { new { nationalId = NationalIds.NewIranian(), fullName = "Reza Karimi", injurySeverity = "serious" } },
    };

    private static object NewCampaign() => new
    {
        name = "Blood donation week", kind = "blood-donation", partnerAgency = "Blood Transfusion Centre", region = "fars",
        startsOn = Today, endsOn = Today.AddDays(7),
    };

    private async Task<(Guid Id, string Url, string ETag)> WorkplaceAsync()
    {
        var created = await Client.PostJsonAsync(WorkplacesUrl, NewWorkplace("fars"));
        var workplace = await created.ShouldBeAsync<WorkplaceResponse>(HttpStatusCode.Created);
        return (workplace.Id, $"{WorkplacesUrl}/{workplace.Id}", ETagOf(created));
    }

    private async Task<(Guid Id, string Url, string ETag)> AmbassadorAsync()
    {
        var (id, url, _) = await WorkplaceAsync();
        var ambassador = await Client.PostJsonAsync($"{url}/ambassadors", new { fullName = "Maryam Ahmadi", appointedOn = Today.AddDays(-30), trainedOn = Today.AddDays(-40) })
            .ShouldBeAsync<AmbassadorResponse>(HttpStatusCode.Created);
        return (id, $"{url}/ambassadors/{ambassador.Id}", await CurrentETagAsync(Client, url));
    }

    private async Task<(Guid Id, string Url)> ChecklistAsync()
    {
        var checklist = await TestData.ChecklistAsync(Client, region: "fars");
        return (checklist.Id, $"{ChecklistsUrl}/{checklist.Id}");
    }

    private async Task<(Guid Id, string Url, string ETag)> ScheduledAsync()
    {
        var (inspection, etag) = await TestData.ScheduledAsync(Client);
        return (inspection.Id, $"{InspectionsUrl}/{inspection.Id}", etag);
    }

    private async Task<(Guid Id, string Url, string ETag)> InProgressAsync()
    {
        var (inspection, etag) = await TestData.InProgressAsync(Client);
        return (inspection.Id, $"{InspectionsUrl}/{inspection.Id}", etag);
    }

    private async Task<(Guid Id, string Url, string ETag)> AnsweredAsync()
    {
        var (id, url, _) = await InProgressAsync();
        var answered = await Client.PostJsonAsync($"{url}/answers", AllAnswered());
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        return (id, url, ETagOf(answered));
    }

    private async Task<(Guid Id, string Url, string ETag)> AccidentAsync()
    {
        var (workplaceId, _, _) = await WorkplaceAsync();
        var created = await Client.PostJsonAsync(AccidentsUrl, NewAccident(workplaceId));
        var accident = await created.ShouldBeAsync<AccidentResponse>(HttpStatusCode.Created);
        return (accident.Id, $"{AccidentsUrl}/{accident.Id}", ETagOf(created));
    }

    private async Task<(Guid Id, string Url, string ETag)> InvestigatedAsync()
    {
        var (id, url, etag) = await AccidentAsync();
        var investigating = await Client.SendWithIfMatch(HttpMethod.Post, $"{url}/investigate", etag, new { investigator = "inspector-7" });
        Assert.Equal(HttpStatusCode.OK, investigating.StatusCode);
        return (id, url, ETagOf(investigating));
    }

    private async Task<(Guid Id, string Url, string ETag)> CampaignAsync()
    {
        var created = await Client.PostJsonAsync(CampaignsUrl, NewCampaign());
        var campaign = await created.ShouldBeAsync<CampaignResponse>(HttpStatusCode.Created);
        return (campaign.Id, $"{CampaignsUrl}/{campaign.Id}", ETagOf(created));
    }

    private Dictionary<string, AccessCase> Cases()
    {
        // Reads share one record per type; each write case makes its own (once for its three callers).
        var workplace = Once(WorkplaceAsync);
        var checklist = Once(ChecklistAsync);
        var inspection = Once(ScheduledAsync);
        var accident = Once(AccidentAsync);
        var campaign = Once(CampaignAsync);

        return new()
        {
            // Workplaces
            [$"POST {WorkplacesUrl}/"] = Write(() => Task.FromResult(Req(HttpMethod.Post, WorkplacesUrl, NewWorkplace("fars")))),
            [$"GET {WorkplacesUrl}/"] = Scoped(async () => AccessCase.About(Req(HttpMethod.Get, $"{WorkplacesUrl}?region=fars&pageSize=100"), (await workplace()).Id)),
            [$"GET {WorkplacesUrl}/{{id:guid}}"] = Read(async () => Req(HttpMethod.Get, (await workplace()).Url)),
            [$"PUT {WorkplacesUrl}/{{id:guid}}"] = Write(Once(WorkplaceAsync).Then(w => Req(HttpMethod.Put, w.Url,
                new { name = "Pars Tile Works", county = "Marvdasht", sector = "construction", workforceSize = 140, employerName = "Pars Tile Co" }, w.ETag))),
            [$"POST {WorkplacesUrl}/{{id:guid}}/ambassadors"] = Write(Once(WorkplaceAsync).Then(w => Req(HttpMethod.Post, $"{w.Url}/ambassadors",
                new { fullName = "Maryam Ahmadi", appointedOn = Today, trainedOn = Today.AddDays(-10) }))),
            [$"POST {WorkplacesUrl}/{{id:guid}}/ambassadors/{{ambassadorId:guid}}/end"] = Write(Once(AmbassadorAsync).Then(a => Req(HttpMethod.Post, $"{a.Url}/end",
                new { endedOn = Today }, a.ETag))),
            [$"GET {WorkplacesUrl}/ambassador-coverage"] = Scoped(async () =>
            {
                await workplace();
                return AccessCase.About(Req(HttpMethod.Get, $"{WorkplacesUrl}/ambassador-coverage?region=fars"), AboutFars);
            }),
            [$"GET {WorkplacesUrl}/{{id:guid}}/risk"] = Read(async () => Req(HttpMethod.Get, $"{(await workplace()).Url}/risk")),
            [$"GET {WorkplacesUrl}/{{id:guid}}/history"] = Read(async () => Req(HttpMethod.Get, $"{(await workplace()).Url}/history")),

            // Checklists
            // A checklist version is never changed: a new version is a new record.
            [$"POST {ChecklistsUrl}/"] = Write(() => Task.FromResult(Req(HttpMethod.Post, ChecklistsUrl, NewChecklist(region: "fars")))) with { Unversioned = true },
            [$"POST {ChecklistsUrl}/{{id:guid}}/versions"] = Write(Once(ChecklistAsync).Then(c => Req(HttpMethod.Post, $"{c.Url}/versions",
                new { title = "Safe work (revised)", items = Items }))) with
            { Unversioned = true },
            [$"GET {ChecklistsUrl}/"] = Scoped(async () => AccessCase.About(Req(HttpMethod.Get, $"{ChecklistsUrl}?region=fars&pageSize=100"), (await checklist()).Id)),
            [$"GET {ChecklistsUrl}/{{id:guid}}"] = Read(async () => Req(HttpMethod.Get, (await checklist()).Url)),
            [$"GET {ChecklistsUrl}/{{id:guid}}/history"] = Read(async () => Req(HttpMethod.Get, $"{(await checklist()).Url}/history")),

            // Inspections
            [$"POST {InspectionsUrl}/"] = Write(Once(async () => (Workplace: (await WorkplaceAsync()).Id, Checklist: (await ChecklistAsync()).Id))
                .Then(r => Req(HttpMethod.Post, InspectionsUrl, new { workplaceId = r.Workplace, checklistId = r.Checklist, scheduledOn = Today }))),
            [$"GET {InspectionsUrl}/"] = Scoped(async () => AccessCase.About(Req(HttpMethod.Get, $"{InspectionsUrl}?region=fars&pageSize=100"), (await inspection()).Id)),
            [$"GET {InspectionsUrl}/{{id:guid}}"] = Read(async () => Req(HttpMethod.Get, (await inspection()).Url)),
            [$"GET {InspectionsUrl}/{{id:guid}}/history"] = Read(async () => Req(HttpMethod.Get, $"{(await inspection()).Url}/history")),
            [$"POST {InspectionsUrl}/{{id:guid}}/start"] = Write(Once(ScheduledAsync).Then(i => Req(HttpMethod.Post, $"{i.Url}/start", null, i.ETag))),
            [$"POST {InspectionsUrl}/{{id:guid}}/answers"] = Write(Once(InProgressAsync).Then(i => Req(HttpMethod.Post, $"{i.Url}/answers", AllAnswered()))),
            [$"POST {InspectionsUrl}/{{id:guid}}/violations"] = Write(Once(InProgressAsync).Then(i => Req(HttpMethod.Post, $"{i.Url}/violations", new
            {
                category = "unpaid-wages", severity = "major", description = "Wages three months late", provision = "Labour Law art. 37",
                correctiveDeadline = Today.AddDays(30), penaltyAmount = 5_000_000m,
            }))),
            [$"POST {InspectionsUrl}/{{id:guid}}/recommendations"] = Write(Once(InProgressAsync).Then(i => Req(HttpMethod.Post, $"{i.Url}/recommendations",
                new { kind = "training", text = "First-aid course for the night shift" }))),
            [$"POST {InspectionsUrl}/{{id:guid}}/supplies"] = Write(Once(InProgressAsync).Then(i => Req(HttpMethod.Post, $"{i.Url}/supplies", new { item = "masks", quantity = 200 }))),
            [$"POST {InspectionsUrl}/{{id:guid}}/complete"] = Write(Once(AnsweredAsync).Then(i => Req(HttpMethod.Post, $"{i.Url}/complete", null, i.ETag))),
            [$"POST {InspectionsUrl}/{{id:guid}}/cancel"] = Write(Once(ScheduledAsync).Then(i => Req(HttpMethod.Post, $"{i.Url}/cancel", new { reason = "Workplace closed" }, i.ETag))),

            // Accidents: citizens may read, but only files where they are among the injured.
            [$"POST {AccidentsUrl}/"] = Write(Once(WorkplaceAsync).Then(w => Req(HttpMethod.Post, AccidentsUrl, NewAccident(w.Id)))),
            [$"GET {AccidentsUrl}/"] = Scoped(async () => AccessCase.About(Req(HttpMethod.Get, $"{AccidentsUrl}?region=fars&pageSize=100"), (await accident()).Id), citizens: true),
            [$"GET {AccidentsUrl}/{{id:guid}}"] = Read(async () => Req(HttpMethod.Get, (await accident()).Url), citizens: true),
            [$"GET {AccidentsUrl}/{{id:guid}}/history"] = Read(async () => Req(HttpMethod.Get, $"{(await accident()).Url}/history")),
            [$"POST {AccidentsUrl}/{{id:guid}}/investigate"] = Write(Once(AccidentAsync).Then(a => Req(HttpMethod.Post, $"{a.Url}/investigate", new { investigator = "inspector-7" }, a.ETag))),
            [$"POST {AccidentsUrl}/{{id:guid}}/close"] = Write(Once(InvestigatedAsync).Then(a => Req(HttpMethod.Post, $"{a.Url}/close",
                new { rootCauseCategory = "missing-ppe", rootCause = "No harness", correctiveActions = new[] { "Harnesses for all" } }, a.ETag))),

            // Campaigns
            [$"POST {CampaignsUrl}/"] = Write(() => Task.FromResult(Req(HttpMethod.Post, CampaignsUrl, NewCampaign()))),
            [$"GET {CampaignsUrl}/"] = Scoped(async () => AccessCase.About(Req(HttpMethod.Get, $"{CampaignsUrl}?region=fars&pageSize=100"), (await campaign()).Id)),
            [$"GET {CampaignsUrl}/{{id:guid}}"] = Read(async () => Req(HttpMethod.Get, (await campaign()).Url)),
            [$"GET {CampaignsUrl}/{{id:guid}}/history"] = Read(async () => Req(HttpMethod.Get, $"{(await campaign()).Url}/history")),
            [$"POST {CampaignsUrl}/{{id:guid}}/participants"] = Write(Once(async () => (Campaign: (await CampaignAsync()).Url, Workplace: (await WorkplaceAsync()).Id))
                .Then(r => Req(HttpMethod.Post, $"{r.Campaign}/participants", new { workplaceId = r.Workplace, participants = 25 }))),
            [$"POST {CampaignsUrl}/{{id:guid}}/announce"] = Write(Once(CampaignAsync).Then(c => Req(HttpMethod.Post, $"{c.Url}/announce", null, c.ETag))),

            // Region-wide figures of fars: about fars for the fars inspector (see AboutFars), 403 for almaty.
            [$"GET {Root}/plan/"] = Scoped(async () => AccessCase.About(Req(HttpMethod.Get, $"{Root}/plan?region=fars&pageSize=100"), (await workplace()).Id)),
            [$"GET {Root}/statistics/"] = Scoped(async () =>
            {
                await accident();
                return AccessCase.About(Req(HttpMethod.Get, $"{Root}/statistics?region=fars"), AboutFars);
            }),
            [$"GET {Root}/reports/annual"] = Scoped(async () =>
            {
                await inspection();
                return AccessCase.About(Req(HttpMethod.Get, $"{Root}/reports/annual?region=fars"), AboutFars);
            }),
        };
    }

    [Fact]
    public Task Every_endpoint_refuses_another_region_and_another_citizen_and_serves_the_right_caller() =>
        AuthorizationMatrix.VerifyCasesAsync(service.WithToken, service.Services, Cases());
}

internal static class RecordSetup
{
    /// <summary>Builds the request from the record once it is made: <c>Once(MakeAsync).Then(r => Req(...))</c>.</summary>
    public static Func<Task<HttpRequestMessage>> Then<T>(this Func<Task<T>> record, Func<T, HttpRequestMessage> request) =>
        async () => request(await record());
}
