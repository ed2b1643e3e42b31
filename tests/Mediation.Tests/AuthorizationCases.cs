using System.Net;
using System.Net.Http.Json;
using LabourWelfare.Mediation.Features.Cases;
using LabourWelfare.Mediation.Tests.Api;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using static LabourWelfare.Mediation.Tests.Api.MediationApi;

namespace LabourWelfare.Mediation.Tests;

/// <summary>
/// One case per endpoint ("METHOD route"): a record of region fars made through the API, a supervisor of almaty (404 on
/// reads, 403/404 on writes), a citizen who is not a party (404 where citizens may read), and the fars supervisor (2xx).
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static readonly Caller Supervisor = new(Roles.Supervisor, "fars");
    private static readonly Caller Outsider = new(Roles.Supervisor, "almaty");
    private static readonly Caller Stranger = new(Roles.Citizen, "fars", NationalIds.NewIranian());

    private static HttpRequestMessage Req(HttpMethod method, string url, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body, options: ProblemAssertions.Json);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static AccessCase Read(Func<Task<HttpRequestMessage>> request, bool citizens = false) => new()
    {
        Request = request, Right = Supervisor, WrongRegion = Outsider, AnotherCitizen = citizens ? Stranger : null,
    };

    private static AccessCase Write(Func<Task<HttpRequestMessage>> request) => new()
    {
        Request = request, Right = Supervisor, WrongRegion = Outsider, WrongRegionStatus = AccessCase.ForbiddenOrNotFound,
    };

    private MediationApi Api => new(service);

    private async Task<CaseResponse> AssignedAsync() => (await Api.AssignedCaseAsync()).Case;

    private static readonly DateTimeOffset NextMonth = DateTimeOffset.UtcNow.Date.AddDays(30).AddHours(9);

    private Dictionary<string, AccessCase> Cases() => new()
    {
        // Mediators
        ["POST /api/mediation/mediators/"] = Write(() => Task.FromResult(Req(HttpMethod.Post, Mediators, new
        {
            region = "fars", fullName = "Maryam Karimi", userSubject = "mediator-" + TestEnvironment.UniqueSuffix(),
            specialties = new[] { "labour" }, languages = new[] { "fa" }, caseloadLimit = 5,
        }))),
        ["GET /api/mediation/mediators/"] = Read(async () => AccessCase.About(Req(HttpMethod.Get, $"{Mediators}?region=fars&pageSize=100"), (await Api.RegisterMediatorAsync()).Id)) with
        { WrongRegionStatus = [HttpStatusCode.Forbidden] },
        ["GET /api/mediation/mediators/{id:guid}"] = Read(async () => Req(HttpMethod.Get, $"{Mediators}/{(await Api.RegisterMediatorAsync()).Id}")),
        ["GET /api/mediation/mediators/{id:guid}/history"] = Read(async () => Req(HttpMethod.Get, $"{Mediators}/{(await Api.RegisterMediatorAsync()).Id}/history")),
        ["PUT /api/mediation/mediators/{id:guid}"] = Write(async () =>
        {
            var mediator = await Api.RegisterMediatorAsync();
            var etag = (await Api.Supervisor().GetAsync($"{Mediators}/{mediator.Id}")).Headers.ETag!.ToString();
            return Req(HttpMethod.Put, $"{Mediators}/{mediator.Id}", new
            {
                // An update changes these five; region and login stay as registered (UpdateMediator.Request).
                fullName = "Maryam Karimi", specialties = new[] { "labour" }, languages = new[] { "fa" }, caseloadLimit = 6, active = true,
            }, etag);
        }),
        ["GET /api/mediation/mediators/{id:guid}/busy"] = Read(async () => Req(HttpMethod.Get,
            $"{Mediators}/{(await Api.RegisterMediatorAsync()).Id}/busy?from={Uri.EscapeDataString(NextMonth.ToString("O"))}&to={Uri.EscapeDataString(NextMonth.AddDays(7).ToString("O"))}")),
        ["GET /api/mediation/mediators/{id:guid}/conflicts"] = Read(async () => Req(HttpMethod.Get, $"{Mediators}/{(await Api.RegisterMediatorAsync()).Id}/conflicts")),
        ["POST /api/mediation/mediators/{id:guid}/conflicts"] = Write(async () => Req(HttpMethod.Post, $"{Mediators}/{(await Api.RegisterMediatorAsync()).Id}/conflicts",
            new { partyNationalId = NationalIds.NewIranian(), reason = "Brother-in-law" })) with
        { Unversioned = true },

        // Cases
        ["POST /api/mediation/cases/"] = Write(() => Task.FromResult(Req(HttpMethod.Post, MediationApi.Cases, NewCase(NationalIds.NewIranian())))),
        ["GET /api/mediation/cases/"] = Read(async () => AccessCase.About(Req(HttpMethod.Get, $"{MediationApi.Cases}?pageSize=100"), (await Api.OpenCaseAsync()).Id), citizens: true) with
        { WrongRegionStatus = [HttpStatusCode.OK], AnotherCitizenStatus = [HttpStatusCode.OK] },
        ["GET /api/mediation/cases/{id:guid}"] = Read(async () => Req(HttpMethod.Get, $"{MediationApi.Cases}/{(await Api.OpenCaseAsync()).Id}"), citizens: true),
        ["GET /api/mediation/cases/{id:guid}/history"] = Read(async () => Req(HttpMethod.Get, $"{MediationApi.Cases}/{(await Api.OpenCaseAsync()).Id}/history")),
        ["PUT /api/mediation/cases/{id:guid}/applicant"] = Write(async () =>
        {
            var opened = await Api.OpenCaseAsync();
            return Req(HttpMethod.Put, $"{MediationApi.Cases}/{opened.Id}/applicant", Person(NationalIds.NewIranian()), opened.ETag);
        }),
        ["POST /api/mediation/cases/{id:guid}/assignment"] = Write(async () =>
        {
            var mediator = await Api.RegisterMediatorAsync();
            var opened = await Api.OpenCaseAsync();
            return Req(HttpMethod.Post, $"{MediationApi.Cases}/{opened.Id}/assignment", new { mediatorId = mediator.Id }, opened.ETag);
        }),
        ["POST /api/mediation/cases/{id:guid}/outcome"] = Write(async () =>
        {
            var assigned = await AssignedAsync();
            return Req(HttpMethod.Post, $"{MediationApi.Cases}/{assigned.Id}/outcome", new { outcome = "not-settled", note = "Employer did not attend." }, assigned.ETag);
        }),
        ["POST /api/mediation/cases/{id:guid}/referral"] = Write(async () =>
        {
            var assigned = await AssignedAsync();
            var notSettled = await SendAsync(Api.Supervisor(), HttpMethod.Post, $"{MediationApi.Cases}/{assigned.Id}/outcome", new { outcome = "not-settled" }, assigned.ETag)
                .ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
            return Req(HttpMethod.Post, $"{MediationApi.Cases}/{assigned.Id}/referral", new { destination = "labour-dispute-board", reference = "LDB-1" }, notSettled.ETag);
        }),
        ["POST /api/mediation/cases/{id:guid}/closure"] = Write(async () =>
        {
            var assigned = await AssignedAsync();
            var withdrawn = await SendAsync(Api.Supervisor(), HttpMethod.Post, $"{MediationApi.Cases}/{assigned.Id}/outcome", new { outcome = "withdrawn" }, assigned.ETag)
                .ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
            return Req(HttpMethod.Post, $"{MediationApi.Cases}/{assigned.Id}/closure", null, withdrawn.ETag);
        }),

        // Sessions
        ["GET /api/mediation/cases/{id:guid}/sessions"] = Read(async () => Req(HttpMethod.Get, $"{MediationApi.Cases}/{(await AssignedAsync()).Id}/sessions"), citizens: true),
        ["POST /api/mediation/cases/{id:guid}/sessions"] = Write(async () =>
        {
            var assigned = await AssignedAsync();
            return Req(HttpMethod.Post, $"{MediationApi.Cases}/{assigned.Id}/sessions",
                new { startsAt = NextMonth, endsAt = NextMonth.AddHours(1), location = "Room 2" });
        }),
        ["POST /api/mediation/cases/{id:guid}/sessions/{sessionId:guid}/cancellation"] = Write(async () =>
        {
            var assigned = await AssignedAsync();
            var session = await Created(Api.ScheduleAsync(Api.Supervisor(), assigned.Id, NextMonth));
            return Req(HttpMethod.Post, $"{MediationApi.Cases}/{assigned.Id}/sessions/{session.Id}/cancellation", new { reason = "Party ill" }, session.ETag);
        }),

        // Statistics: a region's figures, not a record; another region's supervisor asking for fars is refused.
        ["GET /api/mediation/statistics/"] = Read(() => Task.FromResult(Req(HttpMethod.Get, $"{MediationApi.Statistics}?region=fars"))) with
        { WrongRegionStatus = [HttpStatusCode.Forbidden, HttpStatusCode.NotFound] },
    };

    [Fact]
    public Task Every_endpoint_refuses_another_region_and_another_citizen_and_serves_the_right_caller() =>
        AuthorizationMatrix.VerifyCasesAsync(service.WithToken, service.Services, Cases());
}
