using System.Net;
using System.Net.Http.Json;
using LabourWelfare.Mediation.Features.Cases;
using LabourWelfare.Mediation.Features.Mediators;
using LabourWelfare.Mediation.Features.Sessions;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Mediation.Tests.Api;

/// <summary>The calls tests make again and again: register a mediator, open a case, act on it with If-Match.</summary>
public sealed class MediationApi(MediationFactory service)
{
    public const string Cases = "/api/mediation/cases";
    public const string Mediators = "/api/mediation/mediators";
    public const string Statistics = "/api/mediation/statistics";

    public HttpClient Supervisor(string region = "fars") => service.ClientFor(Roles.Supervisor, region);

    public HttpClient AsMediator(MediatorResponse mediator) => service.ClientFor(Roles.Mediator, mediator.Region, mediator.UserSubject);

    public HttpClient Citizen(string nationalId, string? region = "fars") => service.ClientFor(Roles.Citizen, region, nationalId: nationalId);

    public async Task<MediatorResponse> RegisterMediatorAsync(
        string region = "fars", string[]? specialties = null, string[]? languages = null, int caseloadLimit = 5)
    {
        var body = new
        {
            region,
            fullName = "Maryam Karimi",
            userSubject = "mediator-" + TestEnvironment.UniqueSuffix(),
            specialties = specialties ?? ["labour", "family"],
            languages = languages ?? (region == "almaty" ? ["ru", "kk"] : ["fa"]),
            caseloadLimit,
        };
        return await service.ClientFor(Roles.Supervisor, region).PostJsonAsync(Mediators, body)
            .ShouldBeAsync<MediatorResponse>(HttpStatusCode.Created);
    }

    public static object Person(string nationalId, string name = "Reza Ahmadi") => new { kind = "person", name, nationalId };

    public static object Organisation(string name = "Shiraz Textile Co.") => new { kind = "organisation", name, registrationNumber = "REG-" + TestEnvironment.UniqueSuffix() };

    public static object NewCase(string applicantNationalId, string region = "fars", string category = "labour-wages", string channel = "walk-in") => new
    {
        region,
        category,
        channel,
        applicant = Person(applicantNationalId),
        respondent = Organisation(),
        summary = "Three months of wages unpaid.",
    };

    public async Task<CaseResponse> OpenCaseAsync(string region = "fars", string category = "labour-wages", string? applicantNationalId = null) =>
        await Supervisor(region).PostJsonAsync(Cases, NewCase(applicantNationalId ?? NationalIdFor(region), region, category))
            .ShouldBeAsync<CaseResponse>(HttpStatusCode.Created);

    public static string NationalIdFor(string region) => region == "almaty" ? NationalIds.NewKazakh() : NationalIds.NewIranian();

    /// <summary>Opens a case and assigns a fresh (or the given) mediator to it.</summary>
    public async Task<(CaseResponse Case, MediatorResponse Mediator)> AssignedCaseAsync(
        string region = "fars", string category = "labour-wages", MediatorResponse? mediator = null, string? applicantNationalId = null)
    {
        mediator ??= await RegisterMediatorAsync(region);
        var @case = await OpenCaseAsync(region, category, applicantNationalId);
        var assigned = await SendAsync(Supervisor(region), HttpMethod.Post, $"{Cases}/{@case.Id}/assignment", new { mediatorId = mediator.Id }, @case.ETag)
            .ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        return (assigned, mediator);
    }

    public Task<HttpResponseMessage> ScheduleAsync(HttpClient client, Guid caseId, DateTimeOffset startsAt, TimeSpan? length = null) =>
        client.PostJsonAsync($"{Cases}/{caseId}/sessions",
            new { startsAt, endsAt = startsAt + (length ?? TimeSpan.FromHours(1)), location = "Reconciliation centre, room 2" });

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, object? body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body, options: ProblemAssertions.Json);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    public async Task<CaseResponse> GetCaseAsync(Guid id, string region = "fars") =>
        await Supervisor(region).GetAsync($"{Cases}/{id}").ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);

    public static Task<SessionResponse> Created(Task<HttpResponseMessage> response) => response.ShouldBeAsync<SessionResponse>(HttpStatusCode.Created);
}
