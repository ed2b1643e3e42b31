using System.Net;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using LabourWelfare.WelfareAid.Domain;
using LabourWelfare.WelfareAid.Features.Applications;
using LabourWelfare.WelfareAid.Features.Programmes;

namespace LabourWelfare.WelfareAid.Tests;

public sealed class ApplicationApiTests(WelfareAidFactory service) : IClassFixture<WelfareAidFactory>
{
    private const string Url = "/api/aid/applications";

    private static async Task<string?> Code(HttpResponseMessage response) =>
        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString();

    [Fact]
    public async Task A_citizen_applies_sees_only_their_own_and_another_officer_approves()
    {
        var aid = new AidApi(service);
        var programme = await aid.ActiveProgrammeAsync();
        var beneficiary = await aid.BeneficiaryAsync();
        var citizen = service.ClientFor(Roles.Citizen, "fars", nationalId: beneficiary.NationalId);
        var submitted = await citizen.PostJsonAsync(Url, new { programmeId = programme.Id }).ShouldBeAsync<ApplicationResponse>(HttpStatusCode.Created);
        Assert.Equal(ApplicationOrigin.Citizen, submitted.Origin);
        Assert.Equal(beneficiary.NationalId, submitted.NationalId);

        Assert.Equal("open-application-exists", await Code(await citizen.PostJsonAsync(Url, new { programmeId = programme.Id })));
        var mine = await citizen.GetAsync(Url).ShouldBeAsync<PagedList<ApplicationResponse>>(HttpStatusCode.OK);
        Assert.Equal([submitted.Id], mine.Items.Select(a => a.Id));

        var stranger = service.ClientFor(Roles.Citizen, "fars", nationalId: TestIds.Iranian());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{Url}/{submitted.Id}")).StatusCode);
        Assert.Empty((await stranger.GetAsync(Url).ShouldBeAsync<PagedList<ApplicationResponse>>(HttpStatusCode.OK)).Items);
        Assert.Equal(HttpStatusCode.NotFound, (await aid.Transition(stranger, submitted.Id, "cancel")).StatusCode);
        Assert.Equal("beneficiary-not-registered", await Code(await stranger.PostJsonAsync(Url, new { programmeId = programme.Id })));
        Assert.Equal(HttpStatusCode.Forbidden, (await aid.Transition(citizen, submitted.Id, "approve")).StatusCode);

        var approved = await aid.ApprovedAsync(submitted.Id);
        Assert.Equal(ApplicationStatus.Approved, approved.Status);
        Assert.Equal(programme.Benefit, approved.Reserved);
        var masked = await aid.Supervisor.GetAsync($"{Url}/{submitted.Id}").ShouldBeAsync<ApplicationResponse>(HttpStatusCode.OK);
        Assert.Equal(beneficiary.NationalId, masked.NationalId); // supervisors of the region are officers
    }

    [Fact]
    public async Task An_officer_signed_in_at_the_provider_is_recorded_by_sign_in_name_and_may_not_approve_their_own()
    {
        var aid = new AidApi(service);
        var programme = await aid.ActiveProgrammeAsync();
        var beneficiary = await aid.BeneficiaryAsync();
        // The provider's token: sub is the account id (a GUID nobody in the office knows), preferred_username the login.
        var login = $"aid-officer.{Guid.NewGuid():N}"[..24];
        var officer = service.WithToken(TestTokens.ForAccount(Roles.AidOfficer, "fars", Guid.NewGuid().ToString(), login));

        var submitted = await officer.PostJsonAsync(Url, new { programmeId = programme.Id, beneficiaryId = beneficiary.Id })
            .ShouldBeAsync<ApplicationResponse>(HttpStatusCode.Created);
        Assert.Equal(login, submitted.RecordedBy); // what "recorded by" shows the next officer
        Assert.Equal("maker-checker", await Code(await aid.Transition(officer, submitted.Id, "approve")));
    }

    [Fact]
    public async Task Maker_checker_rejection_with_reasons_one_appeal_and_a_third_officer_decides()
    {
        var aid = new AidApi(service);
        var (programme, beneficiary, application) = await aid.SubmittedAsync(decile: 9);
        Assert.Equal([Eligibility.DecileAboveMaximum], application.EligibilityAtSubmission.Select(r => r.Code));

        Assert.Equal("maker-checker", await Code(await aid.Transition(aid.Maker, application.Id, "approve")));
        Assert.Equal("not-eligible", await Code(await aid.Transition(aid.Checker, application.Id, "approve")));
        var rejected = await aid.Transition(aid.Checker, application.Id, "reject", new { note = "Decile 9" }).ShouldBeAsync<ApplicationResponse>(HttpStatusCode.OK);
        Assert.Equal(ApplicationStatus.Rejected, rejected.Status);
        Assert.Equal([Eligibility.DecileAboveMaximum], rejected.RejectionReasons.Select(r => r.Code));

        var citizen = service.ClientFor(Roles.Citizen, "fars", nationalId: beneficiary.NationalId);
        await (await aid.Transition(citizen, application.Id, "appeal", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "grounds");
        await aid.Transition(citizen, application.Id, "appeal", new { grounds = "My income fell; decile is now 2" }).ShouldBeAsync<ApplicationResponse>(HttpStatusCode.OK);
        Assert.Equal("invalid-transition", await Code(await aid.Transition(citizen, application.Id, "appeal", new { grounds = "Again" })));

        Assert.Equal("maker-checker", await Code(await aid.Transition(aid.Checker, application.Id, "appeal/decision", new { allow = true })));
        var third = service.ClientFor(Roles.AidOfficer, "fars");
        Assert.Equal("not-eligible", await Code(await aid.Transition(third, application.Id, "appeal/decision", new { allow = true })));
        var etag = await AidApi.ETagAsync(aid.Maker, $"/api/aid/beneficiaries/{beneficiary.Id}");
        (await AidApi.Send(aid.Maker, HttpMethod.Put, $"/api/aid/beneficiaries/{beneficiary.Id}", etag,
            new { fullName = beneficiary.FullName, householdSize = 4, incomeDecile = 2, targetGroups = new[] { "low-income" } })).EnsureSuccessStatusCode();
        await (await aid.Transition(third, application.Id, "appeal/decision", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "allow");
        var allowed = await aid.Transition(third, application.Id, "appeal/decision", new { allow = true, note = "Income proven" })
            .ShouldBeAsync<ApplicationResponse>(HttpStatusCode.OK);
        Assert.Equal(ApplicationStatus.Approved, allowed.Status);
        Assert.True(allowed.Appeal!.Allowed);
        var books = await aid.Maker.GetAsync($"/api/aid/programmes/{programme.Id}").ShouldBeAsync<ProgrammeResponse>(HttpStatusCode.OK);
        Assert.Equal(programme.Benefit, books.Reserved);
    }

    [Fact]
    public async Task Cancelling_an_approval_returns_its_reservation_and_allows_a_new_application()
    {
        var aid = new AidApi(service);
        var (programme, beneficiary, application) = await aid.SubmittedAsync();
        await aid.ApprovedAsync(application.Id);
        await (await AidApi.Send(aid.Checker, HttpMethod.Post, $"{Url}/{application.Id}/cancel", null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await AidApi.Send(aid.Checker, HttpMethod.Post, $"{Url}/{application.Id}/cancel", "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var cancelled = await aid.Transition(aid.Checker, application.Id, "cancel", new { reason = "Moved to Qom" }).ShouldBeAsync<ApplicationResponse>(HttpStatusCode.OK);
        Assert.Equal(ApplicationStatus.Cancelled, cancelled.Status);
        var books = await aid.Maker.GetAsync($"/api/aid/programmes/{programme.Id}").ShouldBeAsync<ProgrammeResponse>(HttpStatusCode.OK);
        Assert.Equal(0m, books.Reserved.Amount);
        Assert.Equal("invalid-transition", await Code(await aid.Transition(aid.Checker, application.Id, "approve")));
        await aid.SubmitAsync(programme.Id, beneficiary.Id);
    }

    [Fact]
    public async Task Lists_filter_by_kind_and_status_and_search_takes_the_national_id_in_the_body()
    {
        var aid = new AidApi(service, "ardabil");
        var (programme, beneficiary, application) = await aid.SubmittedAsync(kind: "sanatorium-voucher");
        var byFilter = await aid.Checker.GetAsync($"{Url}?programmeKind=sanatorium-voucher&status=submitted&origin=officer&programmeId={programme.Id}")
            .ShouldBeAsync<PagedList<ApplicationResponse>>(HttpStatusCode.OK);
        Assert.Equal([application.Id], byFilter.Items.Select(a => a.Id));
        var searched = await aid.Supervisor.PostJsonAsync($"{Url}/search", new { nationalId = TestIds.ToPersianDigits(beneficiary.NationalId) })
            .ShouldBeAsync<PagedList<ApplicationResponse>>(HttpStatusCode.OK);
        Assert.Equal([application.Id], searched.Items.Select(a => a.Id));
        await aid.Checker.PostJsonAsync($"{Url}/search", new { nationalId = "42" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "nationalId");
        await aid.Checker.GetAsync($"{Url}?origin=carrier-pigeon").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "origin");
        await aid.Checker.GetAsync($"{Url}?page=0").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "page");
    }

    [Fact]
    public async Task Bad_input_other_regions_wrong_roles_and_anonymous_callers()
    {
        var aid = new AidApi(service);
        var (programme, beneficiary, application) = await aid.SubmittedAsync();
        await aid.Maker.PostJsonAsync(Url, new { }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "programmeId", "beneficiaryId");
        await aid.Maker.PostJsonAsync(Url, new { programmeId = "not-a-guid" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "programmeId");
        await (await aid.Transition(aid.Checker, application.Id, "reject", new { note = new string('x', 2001) })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "note");
        Assert.Equal("rejection-reason-required", await Code(await aid.Transition(aid.Checker, application.Id, "reject", new { })));

        var ilam = new AidApi(service, "ilam");
        Assert.Equal(HttpStatusCode.NotFound, (await ilam.Maker.GetAsync($"{Url}/{application.Id}")).StatusCode);
        foreach (var (action, body) in new (string, object?)[]
                 {
                     ("approve", null), ("reject", new { note = "x" }), ("cancel", new { reason = "x" }), ("appeal", new { grounds = "x" }),
                     ("appeal/decision", new { allow = true, note = "x" }),
                 })
            Assert.Equal(HttpStatusCode.NotFound, (await AidApi.Send(ilam.Checker, HttpMethod.Post, $"{Url}/{application.Id}/{action}", "*", body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ilam.Maker.PostJsonAsync(Url, new { programmeId = programme.Id, beneficiaryId = beneficiary.Id })).StatusCode);
        Assert.DoesNotContain((await ilam.Checker.GetAsync(Url).ShouldBeAsync<PagedList<ApplicationResponse>>(HttpStatusCode.OK)).Items, a => a.Id == application.Id);
        await ilam.Checker.GetAsync($"{Url}?region=fars").ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.Forbidden, (await aid.Transition(aid.Supervisor, application.Id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Mediator, "fars").GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync($"{Url}/{application.Id}")).StatusCode);
    }
}
