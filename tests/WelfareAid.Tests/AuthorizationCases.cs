using System.Net;
using System.Net.Http.Json;
using LabourWelfare.Contracts;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using LabourWelfare.WelfareAid.Features.Applications;
using LabourWelfare.WelfareAid.Features.Beneficiaries;
using LabourWelfare.WelfareAid.Features.Disbursements;
using LabourWelfare.WelfareAid.Features.Programmes;
using LabourWelfare.WelfareAid.Features.Referrals;

namespace LabourWelfare.WelfareAid.Tests;

/// <summary>
/// One case per endpoint ("METHOD route"): a record of region fars made through the API, an aid officer of almaty (404 on
/// reads, 403/404 on writes), a citizen who is not the beneficiary (404 where citizens may call), and an aid officer of
/// fars (2xx). The right caller has a fresh subject, so it is never the officer who recorded the application (maker-checker).
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private const string Root = "/api/aid";
    private static readonly Caller Officer = new(Roles.AidOfficer, "fars");
    private static readonly Caller Outsider = new(Roles.AidOfficer, "almaty");

    /// <summary>A registered beneficiary of fars, so their own submissions get past "not registered" to the ownership check.</summary>
    private static readonly Caller Stranger = new(Roles.Citizen, "fars", TestIds.Iranian());

    private AidApi? _aid;
    private AidApi Aid => _aid ??= new AidApi(service);

    // Shared records per type (reads do not change them; every write case makes its own).
    private Task<ProgrammeResponse>? _cashProgramme, _foodBasketProgramme, _draftProgramme;
    private Task<BeneficiaryResponse>? _beneficiary, _strangerRegistered;
    private Task<ApplicationResponse>? _submitted;
    private Task<DisbursementResponse>? _disbursement;
    private Task<ReferralResponse>? _referral;

    private static HttpRequestMessage Req(HttpMethod method, string url, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body, options: ProblemAssertions.Json);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static AccessCase Read(Func<Task<HttpRequestMessage>> request, bool citizens = false) => new()
    {
        Request = request, Right = Officer, WrongRegion = Outsider, AnotherCitizen = citizens ? Stranger : null,
    };

    private static AccessCase Write(Func<Task<HttpRequestMessage>> request, bool citizens = false) => new()
    {
        Request = request, Right = Officer, WrongRegion = Outsider, WrongRegionStatus = AccessCase.ForbiddenOrNotFound,
        AnotherCitizen = citizens ? Stranger : null,
    };

    /// <summary>An officer naming another region in a list is refused, as in every list of the platform.</summary>
    private static readonly HttpStatusCode[] AnotherRegionRefused = [HttpStatusCode.Forbidden];

    private Task<ProgrammeResponse> CashProgrammeAsync() => _cashProgramme ??= Aid.ActiveProgrammeAsync(benefit: 1000, budget: 10_000_000);

    private Task<ProgrammeResponse> FoodBasketProgrammeAsync() => _foodBasketProgramme ??= Aid.ActiveProgrammeAsync(benefit: 1000, budget: 10_000_000, kind: "food-basket");

    private Task<ProgrammeResponse> DraftProgrammeAsync() => _draftProgramme ??= Aid.DraftAsync();

    private Task<BeneficiaryResponse> BeneficiaryAsync() => _beneficiary ??= Aid.BeneficiaryAsync();

    private Task<BeneficiaryResponse> StrangerRegisteredAsync() => _strangerRegistered ??= Aid.BeneficiaryAsync(Stranger.NationalId);

    private Task<ApplicationResponse> SharedSubmittedAsync() => _submitted ??= SubmittedAsync();

    private Task<DisbursementResponse> SharedDisbursementAsync() => _disbursement ??= DisbursedAsync();

    private Task<ReferralResponse> SharedReferralAsync() => _referral ??= ReferralAsync();

    private static string Etag(HttpResponseMessage response) => response.Headers.ETag!.ToString();

    private async Task<string> ETagAsync(string url) => (await AidApi.ETagAsync(Aid.Checker, url))!;

    /// <summary>A fresh beneficiary's application, recorded by the maker, in the shared programme (or the one given).</summary>
    private async Task<ApplicationResponse> SubmittedAsync(ProgrammeResponse? programme = null)
    {
        programme ??= await CashProgrammeAsync();
        var person = await Aid.BeneficiaryAsync();
        return await Aid.SubmitAsync(programme.Id, person.Id);
    }

    private async Task<ApplicationResponse> ApprovedAsync(ProgrammeResponse? programme = null) =>
        await Aid.ApprovedAsync((await SubmittedAsync(programme)).Id);

    private async Task<ApplicationResponse> RejectedAsync()
    {
        var application = await SubmittedAsync();
        return await Aid.Transition(Aid.Checker, application.Id, "reject", new { note = "Income above the programme's limit." })
            .ShouldBeAsync<ApplicationResponse>(HttpStatusCode.OK);
    }

    private async Task<ApplicationResponse> UnderAppealAsync()
    {
        var rejected = await RejectedAsync();
        return await Aid.Transition(Aid.Maker, rejected.Id, "appeal", new { grounds = "My income fell this year." })
            .ShouldBeAsync<ApplicationResponse>(HttpStatusCode.OK);
    }

    /// <summary>A disbursement of a fresh approved application, recorded by the checker (not the maker who recorded it).</summary>
    private async Task<DisbursementResponse> DisbursedAsync(ProgrammeResponse? programme = null)
    {
        var approved = await ApprovedAsync(programme);
        return await Aid.Checker.PostJsonAsync($"{Root}/applications/{approved.Id}/disbursements",
                new { amount = 1000m, currency = "IRR", reference = "FA-" + TestEnvironment.UniqueSuffix() })
            .ShouldBeAsync<DisbursementResponse>(HttpStatusCode.Created);
    }

    /// <summary>An open referral in fars: an accident reported for a new person (no active programme targets accident victims).</summary>
    private async Task<ReferralResponse> ReferralAsync()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var injured = TestIds.Iranian();
        var accident = new AccidentReported(Guid.NewGuid(), Guid.NewGuid(),
            "construction", DateTimeOffset.UtcNow.AddHours(-2), "serious", [new InjuredPerson(injured, "Reza Karimi", "serious")])
        { EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, Region = "fars" };
        await probe.PublishAsync(accident, accident.EventId);
        var person = await Eventually.Get(async () =>
        {
            var found = await Aid.Checker.PostJsonAsync($"{Root}/beneficiaries/search", new { nationalId = injured });
            return found.IsSuccessStatusCode ? await found.ShouldBeAsync<BeneficiaryResponse>(HttpStatusCode.OK) : null;
        }, "the injured person is registered");
        return await Eventually.Get(async () =>
            (await Aid.Checker.GetAsync($"{Root}/referrals?beneficiaryId={person.Id}")
                .ShouldBeAsync<PagedList<ReferralResponse>>(HttpStatusCode.OK)).Items.FirstOrDefault(), "the referral is opened");
    }

    private Dictionary<string, AccessCase> Cases() => new()
    {
        // Beneficiaries (officers only)
        [$"POST {Root}/beneficiaries/"] = Write(() => Task.FromResult(Req(HttpMethod.Post, $"{Root}/beneficiaries", Aid.NewBeneficiary()))),
        [$"GET {Root}/beneficiaries/"] = Read(async () => AccessCase.About(Req(HttpMethod.Get, $"{Root}/beneficiaries?region=fars&pageSize=100"), (await BeneficiaryAsync()).Id)) with
        { WrongRegionStatus = AnotherRegionRefused },
        [$"GET {Root}/beneficiaries/{{id:guid}}"] = Read(async () => Req(HttpMethod.Get, $"{Root}/beneficiaries/{(await BeneficiaryAsync()).Id}")),
        [$"GET {Root}/beneficiaries/{{id:guid}}/history"] = Read(async () => Req(HttpMethod.Get, $"{Root}/beneficiaries/{(await BeneficiaryAsync()).Id}/history")),
        [$"PUT {Root}/beneficiaries/{{id:guid}}"] = Write(async () =>
        {
            var person = await Aid.BeneficiaryAsync();
            var url = $"{Root}/beneficiaries/{person.Id}";
            return Req(HttpMethod.Put, url, new { fullName = "Zahra Ahmadi", householdSize = 5, incomeDecile = 2, targetGroups = new[] { "low-income" } }, await ETagAsync(url));
        }),
        [$"POST {Root}/beneficiaries/search"] = Read(async () => Req(HttpMethod.Post, $"{Root}/beneficiaries/search", new { nationalId = (await BeneficiaryAsync()).NationalId })),

        // Programmes (citizens see launched programmes of their region, never drafts)
        [$"POST {Root}/programmes/"] = Write(() => Task.FromResult(Req(HttpMethod.Post, $"{Root}/programmes", Aid.NewProgramme()))),
        [$"GET {Root}/programmes/"] = Read(async () => AccessCase.About(Req(HttpMethod.Get, $"{Root}/programmes?region=fars&status=draft&pageSize=100"), (await DraftProgrammeAsync()).Id), citizens: true) with
        { WrongRegionStatus = AnotherRegionRefused, AnotherCitizenStatus = [HttpStatusCode.OK] },
        [$"GET {Root}/programmes/{{id:guid}}"] = Read(async () => Req(HttpMethod.Get, $"{Root}/programmes/{(await DraftProgrammeAsync()).Id}"), citizens: true),
        [$"GET {Root}/programmes/{{id:guid}}/history"] = Read(async () => Req(HttpMethod.Get, $"{Root}/programmes/{(await DraftProgrammeAsync()).Id}/history")),
        [$"POST {Root}/programmes/{{id:guid}}/activate"] = Write(async () =>
        {
            var draft = await Aid.DraftAsync();
            var url = $"{Root}/programmes/{draft.Id}";
            return Req(HttpMethod.Post, $"{url}/activate", null, await ETagAsync(url));
        }),
        [$"POST {Root}/programmes/{{id:guid}}/close"] = Write(async () =>
        {
            var active = await Aid.ActiveProgrammeAsync();
            var url = $"{Root}/programmes/{active.Id}";
            return Req(HttpMethod.Post, $"{url}/close", null, await ETagAsync(url));
        }),

        // Applications (citizens: their own only)
        [$"POST {Root}/applications/"] = Write(async () =>
        {
            await StrangerRegisteredAsync(); // another citizen naming this beneficiary gets 404, not "not registered"
            var programme = await CashProgrammeAsync();
            var person = await Aid.BeneficiaryAsync();
            return Req(HttpMethod.Post, $"{Root}/applications", new { programmeId = programme.Id, beneficiaryId = person.Id });
        }, citizens: true),
        [$"GET {Root}/applications/"] = Read(async () =>
        {
            var application = await SharedSubmittedAsync();
            return AccessCase.About(Req(HttpMethod.Get, $"{Root}/applications?region=fars&programmeId={application.ProgrammeId}&pageSize=100"), application.Id);
        }, citizens: true) with
        { WrongRegionStatus = AnotherRegionRefused, AnotherCitizenStatus = [HttpStatusCode.OK] },
        [$"POST {Root}/applications/search"] = Read(async () =>
        {
            var application = await SharedSubmittedAsync();
            return AccessCase.About(Req(HttpMethod.Post, $"{Root}/applications/search",
                new { nationalId = application.NationalId, region = "fars", programmeId = application.ProgrammeId, pageSize = 100 }), application.Id);
        }, citizens: true) with
        { WrongRegionStatus = AnotherRegionRefused, AnotherCitizenStatus = [HttpStatusCode.OK] },
        [$"GET {Root}/applications/{{id:guid}}"] = Read(async () => Req(HttpMethod.Get, $"{Root}/applications/{(await SharedSubmittedAsync()).Id}"), citizens: true),
        [$"GET {Root}/applications/{{id:guid}}/history"] = Read(async () => Req(HttpMethod.Get, $"{Root}/applications/{(await SharedSubmittedAsync()).Id}/history")),
        [$"POST {Root}/applications/{{id:guid}}/approve"] = Write(async () =>
        {
            var application = await SubmittedAsync();
            var url = $"{Root}/applications/{application.Id}";
            return Req(HttpMethod.Post, $"{url}/approve", null, await ETagAsync(url));
        }),
        [$"POST {Root}/applications/{{id:guid}}/reject"] = Write(async () =>
        {
            var application = await SubmittedAsync();
            var url = $"{Root}/applications/{application.Id}";
            return Req(HttpMethod.Post, $"{url}/reject", new { note = "Household income above the programme's limit." }, await ETagAsync(url));
        }),
        [$"POST {Root}/applications/{{id:guid}}/appeal"] = Write(async () =>
        {
            var rejected = await RejectedAsync();
            var url = $"{Root}/applications/{rejected.Id}";
            return Req(HttpMethod.Post, $"{url}/appeal", new { grounds = "My income fell this year." }, await ETagAsync(url));
        }, citizens: true),
        [$"POST {Root}/applications/{{id:guid}}/appeal/decision"] = Write(async () =>
        {
            var appealed = await UnderAppealAsync();
            var url = $"{Root}/applications/{appealed.Id}";
            return Req(HttpMethod.Post, $"{url}/appeal/decision", new { allow = true, note = "New income evidence." }, await ETagAsync(url));
        }),
        [$"POST {Root}/applications/{{id:guid}}/cancel"] = Write(async () =>
        {
            var application = await SubmittedAsync();
            var url = $"{Root}/applications/{application.Id}";
            return Req(HttpMethod.Post, $"{url}/cancel", new { reason = "Moved away." }, await ETagAsync(url));
        }, citizens: true),

        // Disbursements
        [$"POST {Root}/applications/{{id:guid}}/disbursements"] = Write(async () =>
        {
            var approved = await ApprovedAsync();
            return Req(HttpMethod.Post, $"{Root}/applications/{approved.Id}/disbursements",
                new { amount = 1000m, currency = "IRR", reference = "FA-" + TestEnvironment.UniqueSuffix() });
        }),
        [$"GET {Root}/applications/{{id:guid}}/disbursements"] = Read(async () =>
            Req(HttpMethod.Get, $"{Root}/applications/{(await SharedDisbursementAsync()).ApplicationId}/disbursements"), citizens: true),
        [$"GET {Root}/disbursements/{{id:guid}}"] = Read(async () => Req(HttpMethod.Get, $"{Root}/disbursements/{(await SharedDisbursementAsync()).Id}")),
        [$"GET {Root}/disbursements/{{id:guid}}/history"] = Read(async () => Req(HttpMethod.Get, $"{Root}/disbursements/{(await SharedDisbursementAsync()).Id}/history")),
        [$"POST {Root}/disbursements/{{id:guid}}/proof-of-delivery"] = Write(async () =>
        {
            var delivered = await DisbursedAsync(await FoodBasketProgrammeAsync());
            var url = $"{Root}/disbursements/{delivered.Id}";
            return Req(HttpMethod.Post, $"{url}/proof-of-delivery",
                new { deliveredOn = AidApi.Today, receivedBy = "Zahra Ahmadi", documentReference = "POD-" + TestEnvironment.UniqueSuffix() }, await ETagAsync(url));
        }),
        [$"POST {Root}/reconciliations/"] = Write(async () =>
        {
            var paid = await DisbursedAsync();
            return Req(HttpMethod.Post, $"{Root}/reconciliations",
                new { reference = paid.Reference, bankPaymentReference = "BANK-" + TestEnvironment.UniqueSuffix(), amount = 1000m, currency = "IRR", region = "fars" });
        }),

        // Referrals (opened by events; officers only)
        [$"GET {Root}/referrals/"] = Read(async () => AccessCase.About(Req(HttpMethod.Get, $"{Root}/referrals?region=fars&pageSize=100"), (await SharedReferralAsync()).Id)) with
        { WrongRegionStatus = AnotherRegionRefused },
        [$"GET {Root}/referrals/{{id:guid}}"] = Read(async () => Req(HttpMethod.Get, $"{Root}/referrals/{(await SharedReferralAsync()).Id}")),
        [$"POST {Root}/referrals/{{id:guid}}/application"] = Write(async () =>
        {
            var open = await ReferralAsync();
            var url = $"{Root}/referrals/{open.Id}";
            return Req(HttpMethod.Post, $"{url}/application", new { programmeId = (await CashProgrammeAsync()).Id }, await ETagAsync(url));
        }),

        // Statistics: a region's figures, not a record; another region's officer asking for fars is refused.
        [$"GET {Root}/statistics/"] = Read(() => Task.FromResult(Req(HttpMethod.Get, $"{Root}/statistics?region=fars"))) with
        { WrongRegionStatus = [HttpStatusCode.Forbidden, HttpStatusCode.NotFound] },
    };

    [Fact]
    public Task Every_endpoint_refuses_another_region_and_another_citizen_and_serves_the_right_caller() =>
        AuthorizationMatrix.VerifyCasesAsync(service.WithToken, service.Services, Cases());
}
