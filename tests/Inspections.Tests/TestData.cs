using System.Net;
using System.Net.Http.Headers;
using LabourWelfare.Inspections.Features.Checklists;
using LabourWelfare.Inspections.Features.Inspections;
using LabourWelfare.Inspections.Features.Workplaces;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Inspections.Tests;

/// <summary>Fresh records through the API, so every test owns its data.</summary>
public static class TestData
{
    public const string WorkplacesUrl = "/api/inspections/workplaces";
    public const string ChecklistsUrl = "/api/inspections/checklists";
    public const string InspectionsUrl = "/api/inspections/inspections";
    public const string AccidentsUrl = "/api/inspections/accidents";
    public const string CampaignsUrl = "/api/inspections/campaigns";

    public static object NewWorkplace(string? region = "fars", int workforce = 30, string sector = "industry", string? employer = null) => new
    {
        name = "Shiraz Tile Works " + TestEnvironment.UniqueSuffix(),
        region,
        county = "Shiraz",
        sector,
        workforceSize = workforce,
        employerName = employer ?? "Employer " + TestEnvironment.UniqueSuffix(),
        registrationNumber = "W-" + TestEnvironment.UniqueSuffix(),
    };

    public static async Task<WorkplaceResponse> WorkplaceAsync(HttpClient client, int workforce = 30, string sector = "industry", string? employer = null, string region = "fars") =>
        await client.PostJsonAsync(WorkplacesUrl, NewWorkplace(region, workforce, sector, employer)).ShouldBeAsync<WorkplaceResponse>(HttpStatusCode.Created);

    public static object NewChecklist(string? code = null, string? region = null) => new
    {
        code = code ?? "safe-work-" + TestEnvironment.UniqueSuffix(),
        title = "Safe work",
        region,
        items = new object[]
        {
            new { code = "hyg-1", topic = "hygiene", severity = "minor", texts = new Dictionary<string, string> { ["fa-IR"] = "سرویس بهداشتی تمیز است", ["en"] = "Toilets are clean" } },
            new { code = "ppe-1", topic = "ppe", severity = "major", texts = new Dictionary<string, string> { ["fa-IR"] = "ماسک در دسترس است", ["ru-KZ"] = "Маски доступны" } },
            new { code = "fire-1", topic = "fire-safety", severity = "critical", texts = new Dictionary<string, string> { ["en"] = "Extinguishers are charged" } },
        },
    };

    public static async Task<ChecklistResponse> ChecklistAsync(HttpClient client, string? region = null) =>
        await client.PostJsonAsync(ChecklistsUrl, NewChecklist(region: region)).ShouldBeAsync<ChecklistResponse>(HttpStatusCode.Created);

    /// <summary>A scheduled inspection of a fresh workplace; returns it and its ETag.</summary>
    public static async Task<(InspectionResponse Inspection, string ETag)> ScheduledAsync(HttpClient client, Guid? workplaceId = null, Guid? checklistId = null)
    {
        workplaceId ??= (await WorkplaceAsync(client)).Id;
        checklistId ??= (await ChecklistAsync(client)).Id;
        var response = await client.PostJsonAsync(InspectionsUrl, new { workplaceId, checklistId, scheduledOn = DateOnly.FromDateTime(DateTime.UtcNow) });
        var inspection = await response.ShouldBeAsync<InspectionResponse>(HttpStatusCode.Created);
        return (inspection, ETagOf(response));
    }

    public static async Task<(InspectionResponse Inspection, string ETag)> InProgressAsync(HttpClient client, Guid? workplaceId = null, Guid? checklistId = null)
    {
        var (scheduled, etag) = await ScheduledAsync(client, workplaceId, checklistId);
        var started = await client.SendWithIfMatch(HttpMethod.Post, $"{InspectionsUrl}/{scheduled.Id}/start", etag);
        return (await started.ShouldBeAsync<InspectionResponse>(HttpStatusCode.OK), ETagOf(started));
    }

    public static object AllAnswered(string fire = "compliant") => new
    {
        answers = new object[]
        {
            new { itemCode = "hyg-1", answer = "compliant" },
            new { itemCode = "ppe-1", answer = "non-compliant", note = "no masks" },
            new { itemCode = "fire-1", answer = fire },
        },
    };

    public static string ETagOf(HttpResponseMessage response) =>
        response.Headers.ETag?.Tag ?? throw new InvalidOperationException("The response carries no ETag.");

    public static async Task<string> CurrentETagAsync(HttpClient client, string url) => ETagOf(await client.GetAsync(url));

    public static Task<HttpResponseMessage> SendWithIfMatch(this HttpClient client, HttpMethod method, string url, string? etag, object? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (etag is not null) request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        if (body is not null) request.Content = System.Net.Http.Json.JsonContent.Create(body, options: ProblemAssertions.Json);
        return client.SendAsync(request);
    }

    /// <summary>A valid Iranian national code (10 digits with its check digit).</summary>
    public static string IranianNationalId()
    {
        while (true)
        {
            var digits = Enumerable.Range(0, 9).Select(_ => Random.Shared.Next(10)).ToArray();
            var sum = digits.Select((d, i) => d * (10 - i)).Sum();
            var remainder = sum % 11;
            var check = remainder < 2 ? remainder : 11 - remainder;
            var code = string.Concat(digits) + check;
            if (LabourWelfare.SharedKernel.NationalId.IsValidIranianCode(code)) return code;
        }
    }

    /// <summary>The same number in Persian digits, as a Persian keyboard types it.</summary>
    public static string InPersianDigits(string ascii) => string.Concat(ascii.Select(c => char.IsAsciiDigit(c) ? (char)('۰' + (c - '0')) : c));
}
