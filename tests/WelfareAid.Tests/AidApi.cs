using System.Net;
using System.Net.Http.Json;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using LabourWelfare.WelfareAid.Features.Applications;
using LabourWelfare.WelfareAid.Features.Beneficiaries;
using LabourWelfare.WelfareAid.Features.Programmes;

namespace LabourWelfare.WelfareAid.Tests;

/// <summary>Builds an aid office's data through the API: a recorder and a checker officer per region, fresh records per test.</summary>
public sealed class AidApi(WelfareAidFactory service, string region = "fars")
{
    public string Region { get; } = region;
    public string Currency => Region == "almaty" ? "KZT" : "IRR";
    public HttpClient Maker { get; } = service.ClientFor(Roles.AidOfficer, region, "maker-" + TestEnvironment.UniqueSuffix());
    public HttpClient Checker { get; } = service.ClientFor(Roles.AidOfficer, region, "checker-" + TestEnvironment.UniqueSuffix());
    public HttpClient Supervisor { get; } = service.ClientFor(Roles.Supervisor, region);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public object NewBeneficiary(string? nationalId = null, int? decile = 3, string[]? groups = null) => new
    {
        nationalId = nationalId ?? TestIds.For(Region), fullName = "Zahra Ahmadi", region = Region, householdSize = 4,
        incomeDecile = decile, targetGroups = groups ?? ["low-income"],
    };

    public object NewProgramme(decimal benefit = 1000, decimal budget = 10000, string kind = "cash-grant", int? maxDecile = 8, string[]? groups = null) => new
    {
        name = "Winter support " + TestEnvironment.UniqueSuffix(), region = Region, kind, maxDecile, targetGroups = groups ?? [],
        startsOn = Today.AddDays(-30), endsOn = Today.AddDays(300), benefitAmount = benefit, budgetAmount = budget, currency = Currency,
    };

    public async Task<BeneficiaryResponse> BeneficiaryAsync(string? nationalId = null, int? decile = 3, string[]? groups = null) =>
        await Maker.PostJsonAsync("/api/aid/beneficiaries", NewBeneficiary(nationalId, decile, groups)).ShouldBeAsync<BeneficiaryResponse>(HttpStatusCode.Created);

    public async Task<ProgrammeResponse> DraftAsync(decimal benefit = 1000, decimal budget = 10000, string kind = "cash-grant", string[]? groups = null) =>
        await Maker.PostJsonAsync("/api/aid/programmes", NewProgramme(benefit, budget, kind, groups: groups)).ShouldBeAsync<ProgrammeResponse>(HttpStatusCode.Created);

    public async Task<ProgrammeResponse> ActiveProgrammeAsync(decimal benefit = 1000, decimal budget = 10000, string kind = "cash-grant", string[]? groups = null)
    {
        var draft = await DraftAsync(benefit, budget, kind, groups);
        return await Send(Maker, HttpMethod.Post, $"/api/aid/programmes/{draft.Id}/activate", await ETagAsync(Maker, $"/api/aid/programmes/{draft.Id}"))
            .ShouldBeAsync<ProgrammeResponse>(HttpStatusCode.OK);
    }

    public async Task<ApplicationResponse> SubmitAsync(Guid programmeId, Guid beneficiaryId) =>
        await Maker.PostJsonAsync("/api/aid/applications", new { programmeId, beneficiaryId }).ShouldBeAsync<ApplicationResponse>(HttpStatusCode.Created);

    /// <summary>A submitted application of a fresh eligible beneficiary in a fresh active programme.</summary>
    public async Task<(ProgrammeResponse Programme, BeneficiaryResponse Beneficiary, ApplicationResponse Application)> SubmittedAsync(
        decimal benefit = 1000, decimal? budget = null, string kind = "cash-grant", int? decile = 3)
    {
        var programme = await ActiveProgrammeAsync(benefit, budget ?? benefit * 10, kind);
        var beneficiary = await BeneficiaryAsync(decile: decile);
        return (programme, beneficiary, await SubmitAsync(programme.Id, beneficiary.Id));
    }

    public async Task<ApplicationResponse> ApprovedAsync(Guid applicationId) =>
        await Transition(Checker, applicationId, "approve").ShouldBeAsync<ApplicationResponse>(HttpStatusCode.OK);

    public async Task<HttpResponseMessage> Transition(HttpClient client, Guid applicationId, string action, object? body = null) =>
        await Send(client, HttpMethod.Post, $"/api/aid/applications/{applicationId}/{action}",
            await ETagAsync(Checker, $"/api/aid/applications/{applicationId}"), body);

    public static async Task<string?> ETagAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        return response.Headers.ETag?.ToString();
    }

    public static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, string? ifMatch, object? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        request.Content = JsonContent.Create(body ?? new { }, options: ProblemAssertions.Json);
        return client.SendAsync(request);
    }
}
