using System.Net;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.Mediation.Features.Cases;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Mediation.Tests.Api.MediationApi;

namespace LabourWelfare.Mediation.Tests.Api;

public sealed class CaseApiTests(MediationFactory service) : IClassFixture<MediationFactory>
{
    private readonly MediationApi _api = new(service);

    [Fact]
    public async Task Intake_opens_a_received_case_with_a_number_people_can_read()
    {
        var nationalId = NationalIds.NewIranian();
        var persianDigits = string.Concat(nationalId.Select(c => (char)('۰' + (c - '0'))));
        var response = await _api.Supervisor().PostJsonAsync(Cases, NewCase(persianDigits, category: "labour-dismissal", channel: "phone"));
        var created = await response.ShouldBeAsync<CaseResponse>(HttpStatusCode.Created);

        Assert.Equal($"/api/mediation/cases/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Matches(@"^FARS-1\d{3}-\d{4,}$", created.Number);
        Assert.Equal(CaseStatus.Received, created.Status);
        Assert.Equal(CaseChannel.Phone, created.Channel);
        Assert.Equal(nationalId, created.Applicant!.NationalId); // normalised to ASCII digits
        Assert.Equal(PartyKind.Organisation, created.Respondent!.Kind);

        var found = await _api.Supervisor().GetAsync($"{Cases}?number={created.Number.ToLowerInvariant()}")
            .ShouldBeAsync<PagedList<CaseResponse>>(HttpStatusCode.OK);
        Assert.Equal(created.Id, Assert.Single(found.Items).Id);
    }

    [Fact]
    public async Task Bad_intake_answers_400_with_field_errors()
    {
        var supervisor = _api.Supervisor();
        await supervisor.PostJsonAsync(Cases, new { region = "fars" })
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "category", "channel", "applicant", "respondent");
        await supervisor.PostJsonAsync(Cases, new
        {
            category = "labour-wages", channel = "inspection-referral",
            applicant = new { kind = "person", name = "Reza", nationalId = "1234567890" },
            respondent = new { kind = "organisation", nationalId = NationalIds.NewIranian() },
        }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "channel", "applicant.nationalId", "respondent.name", "respondent.nationalId");
        await supervisor.PostJsonAsync(Cases, new { category = "gardening" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "category");
        await supervisor.GetAsync($"{Cases}?status=lost&origin=moon&number=abc")
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "status", "origin", "number");
    }

    [Fact]
    public async Task Intake_is_for_officers_of_the_region_and_for_citizens_filing_their_own_case_online()
    {
        var body = NewCase(NationalIds.NewIranian());
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().PostJsonAsync(Cases, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Inspector, "fars").PostJsonAsync(Cases, body)).StatusCode);
        await _api.Supervisor("almaty").PostJsonAsync(Cases, body).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var me = NationalIds.NewIranian();
        var citizen = _api.Citizen(me);
        await citizen.PostJsonAsync(Cases, NewCase(me, channel: "walk-in")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "channel");
        await citizen.PostJsonAsync(Cases, NewCase(NationalIds.NewIranian(), channel: "online")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "applicant.nationalId");
        var mine = await citizen.PostJsonAsync(Cases, NewCase(me, channel: "online")).ShouldBeAsync<CaseResponse>(HttpStatusCode.Created);
        Assert.Equal(CaseChannel.Online, mine.Channel);
        Assert.Equal(mine.Id, (await citizen.GetAsync($"{Cases}/{mine.Id}").ShouldBeAsync<CaseResponse>(HttpStatusCode.OK)).Id);
    }

    [Fact]
    public async Task Case_details_are_for_the_assigned_mediator_the_region_supervisors_and_the_parties_only()
    {
        var applicant = NationalIds.NewIranian();
        var (@case, mediator) = await _api.AssignedCaseAsync(applicantNationalId: applicant);
        var other = await _api.RegisterMediatorAsync();
        var url = $"{Cases}/{@case.Id}";

        Assert.Equal(HttpStatusCode.OK, (await _api.Supervisor().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.AsMediator(mediator).GetAsync(url)).StatusCode);
        var asParty = await _api.Citizen(applicant).GetAsync(url).ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        Assert.Equal(applicant, asParty.Applicant!.NationalId);

        await _api.AsMediator(other).GetAsync(url).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await _api.Supervisor("almaty").GetAsync(url).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await _api.Citizen(NationalIds.NewIranian()).GetAsync(url).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await _api.AsMediator(other).GetAsync($"{url}/sessions").ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Inspector, "fars").GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(url)).StatusCode);

        Assert.Contains((await _api.AsMediator(mediator).GetAsync(Cases).ShouldBeAsync<PagedList<CaseResponse>>(HttpStatusCode.OK)).Items, c => c.Id == @case.Id);
        Assert.DoesNotContain((await _api.AsMediator(other).GetAsync(Cases).ShouldBeAsync<PagedList<CaseResponse>>(HttpStatusCode.OK)).Items, c => c.Id == @case.Id);
        Assert.Equal(@case.Id, Assert.Single((await _api.Citizen(applicant).GetAsync(Cases).ShouldBeAsync<PagedList<CaseResponse>>(HttpStatusCode.OK)).Items).Id);
        Assert.DoesNotContain((await _api.Supervisor("almaty").GetAsync(Cases).ShouldBeAsync<PagedList<CaseResponse>>(HttpStatusCode.OK)).Items, c => c.Id == @case.Id);

        // Parties read; they do not run the case.
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(_api.Citizen(applicant), HttpMethod.Post, $"{url}/closure", null, @case.ETag)).StatusCode);
    }

    [Fact]
    public async Task A_mediator_signed_in_at_the_provider_is_recognised_by_sign_in_name_not_by_account_id()
    {
        var (@case, mediator) = await _api.AssignedCaseAsync();
        var url = $"{Cases}/{@case.Id}";
        // The provider's token: sub is the account id (a GUID no supervisor knows), preferred_username the login.
        var signedIn = service.WithToken(TestTokens.ForAccount(Roles.Mediator, "fars", Guid.NewGuid().ToString(), mediator.UserSubject));
        // Someone whose account id happens to equal the roster's login is not that mediator.
        var lookalike = service.WithToken(TestTokens.ForAccount(Roles.Mediator, "fars", mediator.UserSubject, "someone.else"));

        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync(url)).StatusCode);
        Assert.Contains((await signedIn.GetAsync(Cases).ShouldBeAsync<PagedList<CaseResponse>>(HttpStatusCode.OK)).Items, c => c.Id == @case.Id);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync($"{Mediators}/{mediator.Id}/conflicts")).StatusCode); // their own
        await lookalike.GetAsync(url).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await lookalike.GetAsync($"{Mediators}/{mediator.Id}/conflicts").ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_party_sees_the_other_partys_national_id_masked()
    {
        var (applicant, respondent) = (NationalIds.NewIranian(), NationalIds.NewIranian());
        var created = await _api.Supervisor().PostJsonAsync(Cases, new
        {
            category = "family", channel = "walk-in", applicant = Person(applicant), respondent = Person(respondent, "Ali Ahmadi"),
        }).ShouldBeAsync<CaseResponse>(HttpStatusCode.Created);

        var asRespondent = await _api.Citizen(respondent).GetAsync($"{Cases}/{created.Id}").ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        Assert.Equal(respondent, asRespondent.Respondent!.NationalId);
        Assert.Equal(NationalId.Mask(applicant), asRespondent.Applicant!.NationalId);
    }

    [Fact]
    public async Task Assignment_respects_specialty_caseload_and_declared_conflicts()
    {
        var supervisor = _api.Supervisor();
        async Task<HttpResponseMessage> Assign(CaseResponse c, Guid mediatorId, string? etag = null) =>
            await SendAsync(supervisor, HttpMethod.Post, $"{Cases}/{c.Id}/assignment", new { mediatorId }, etag ?? c.ETag);
        async Task ExpectRule(HttpResponseMessage response, string code) =>
            Assert.Equal(code, (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());

        var familyOnly = await _api.RegisterMediatorAsync(specialties: ["family"]);
        await ExpectRule(await Assign(await _api.OpenCaseAsync(), familyOnly.Id), "specialty-mismatch");

        var busy = await _api.RegisterMediatorAsync(caseloadLimit: 1);
        Assert.Equal(HttpStatusCode.OK, (await Assign(await _api.OpenCaseAsync(), busy.Id)).StatusCode);
        await ExpectRule(await Assign(await _api.OpenCaseAsync(), busy.Id), "caseload-full");

        var applicant = NationalIds.NewIranian();
        var conflicted = await _api.RegisterMediatorAsync();
        await _api.AsMediator(conflicted).PostJsonAsync($"{Mediators}/{conflicted.Id}/conflicts", new { partyNationalId = applicant, reason = "Brother-in-law" })
            .ShouldBeAsync<object>(HttpStatusCode.Created);
        await ExpectRule(await Assign(await _api.OpenCaseAsync(applicantNationalId: applicant), conflicted.Id), "conflict-of-interest");

        var almaty = await _api.RegisterMediatorAsync("almaty");
        await ExpectRule(await Assign(await _api.OpenCaseAsync(), almaty.Id), "mediator-other-region");
    }

    [Fact]
    public async Task Assignment_checks_input_ETag_and_role()
    {
        var @case = await _api.OpenCaseAsync();
        var mediator = await _api.RegisterMediatorAsync();
        var url = $"{Cases}/{@case.Id}/assignment";
        await SendAsync(_api.Supervisor(), HttpMethod.Post, url, new { }, @case.ETag).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "mediatorId");
        await SendAsync(_api.Supervisor(), HttpMethod.Post, url, new { mediatorId = Guid.NewGuid() }, @case.ETag).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "mediatorId");
        await SendAsync(_api.Supervisor(), HttpMethod.Post, url, new { mediatorId = mediator.Id }, null).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await SendAsync(_api.Supervisor(), HttpMethod.Post, url, new { mediatorId = mediator.Id }, "\"42\"").ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await SendAsync(_api.Supervisor("almaty"), HttpMethod.Post, url, new { mediatorId = mediator.Id }, @case.ETag).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(_api.AsMediator(mediator), HttpMethod.Post, url, new { mediatorId = mediator.Id }, @case.ETag)).StatusCode);

        var assigned = await SendAsync(_api.Supervisor(), HttpMethod.Post, url, new { mediatorId = mediator.Id }, @case.ETag).ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        Assert.Equal(CaseStatus.Assigned, assigned.Status);
        Assert.Equal(mediator.Id, assigned.MediatorId);
        Assert.Equal(1, (await _api.Supervisor().GetAsync($"{Mediators}/{mediator.Id}").ShouldBeAsync<Features.Mediators.MediatorResponse>(HttpStatusCode.OK)).OpenCaseload);
    }

    [Fact]
    public async Task A_settlement_records_amounts_with_currency_and_a_payment_plan()
    {
        var (@case, mediator) = await _api.AssignedCaseAsync();
        var asMediator = _api.AsMediator(mediator);
        var url = $"{Cases}/{@case.Id}/outcome";
        var settlement = new
        {
            terms = "The employer pays the back wages in two monthly instalments.",
            amounts = new[] { new { description = "Back wages", amount = 90_000_000m, currency = "IRR" } },
            paymentPlan = new[]
            {
                new { dueOn = new DateOnly(2030, 2, 1), amount = 45_000_000m, currency = "IRR" },
                new { dueOn = new DateOnly(2030, 1, 1), amount = 45_000_000m, currency = "irr" },
            },
        };

        await SendAsync(asMediator, HttpMethod.Post, url, new { outcome = "settled" }, @case.ETag).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "settlement");
        await SendAsync(asMediator, HttpMethod.Post, url, new { outcome = "settled", settlement = new { amounts = new[] { new { amount = -1m, currency = "rial" } } } }, @case.ETag)
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "settlement.terms", "settlement.amounts[0].description", "settlement.amounts[0].amount", "settlement.amounts[0].currency");
        await SendAsync(asMediator, HttpMethod.Post, url, new { outcome = "settled", settlement }, null).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var mismatch = await SendAsync(asMediator, HttpMethod.Post, url, new
        {
            outcome = "settled",
            settlement = new { settlement.terms, settlement.amounts, paymentPlan = new[] { new { dueOn = new DateOnly(2030, 1, 1), amount = 1m, currency = "IRR" } } },
        }, @case.ETag).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("payment-plan-mismatch", mismatch.GetProperty("code").GetString());

        var settled = await SendAsync(asMediator, HttpMethod.Post, url, new { outcome = "settled", settlement }, @case.ETag).ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        Assert.Equal(CaseStatus.Settled, settled.Status);
        Assert.Equal(new Money(90_000_000m, "IRR"), Assert.Single(settled.Settlement!.Totals));
        Assert.Equal(new DateOnly(2030, 1, 1), settled.Settlement.PaymentPlan[0].DueOn);
        Assert.NotNull(settled.ResolvedAt);

        var again = await SendAsync(asMediator, HttpMethod.Post, url, new { outcome = "withdrawn" }, settled.ETag).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("case-transition-not-allowed", again.GetProperty("code").GetString());
        var referral = await SendAsync(asMediator, HttpMethod.Post, $"{Cases}/{@case.Id}/referral", new { destination = "court" }, settled.ETag).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("referral-not-allowed", referral.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_party_sees_where_the_case_was_referred_but_not_which_officer_referred_it()
    {
        var applicant = NationalIdFor("fars");
        var (@case, mediator) = await _api.AssignedCaseAsync(applicantNationalId: applicant);
        var asMediator = _api.AsMediator(mediator);
        var notSettled = await SendAsync(asMediator, HttpMethod.Post, $"{Cases}/{@case.Id}/outcome", new { outcome = "not-settled" }, @case.ETag)
            .ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        var referred = await SendAsync(asMediator, HttpMethod.Post, $"{Cases}/{@case.Id}/referral", new { destination = "court", reference = "C-1" }, notSettled.ETag)
            .ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        Assert.Equal(mediator.UserSubject, referred.Referral!.ReferredBy);

        using var read = await _api.Citizen(applicant).GetAsync($"{Cases}/{@case.Id}");
        var json = await read.Content.ReadAsStringAsync();
        var seen = await read.ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        Assert.Equal(ReferralDestination.Court, seen.Referral!.Destination);
        Assert.Null(seen.Referral.ReferredBy);
        Assert.DoesNotContain(mediator.UserSubject, json);
    }

    [Fact]
    public async Task A_case_not_settled_is_referred_on_and_closed()
    {
        var (@case, mediator) = await _api.AssignedCaseAsync();
        var asMediator = _api.AsMediator(mediator);
        var early = await SendAsync(asMediator, HttpMethod.Post, $"{Cases}/{@case.Id}/closure", null, @case.ETag).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("case-transition-not-allowed", early.GetProperty("code").GetString());

        var notSettled = await SendAsync(asMediator, HttpMethod.Post, $"{Cases}/{@case.Id}/outcome", new { outcome = "not-settled", note = "Employer did not attend twice." }, @case.ETag)
            .ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        await SendAsync(asMediator, HttpMethod.Post, $"{Cases}/{@case.Id}/referral", new { referredOn = new DateOnly(2999, 1, 1) }, notSettled.ETag)
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "destination", "referredOn");
        var referred = await SendAsync(asMediator, HttpMethod.Post, $"{Cases}/{@case.Id}/referral", new { destination = "labour-dispute-board", reference = "LDB-77" }, notSettled.ETag)
            .ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        Assert.Equal(ReferralDestination.LabourDisputeBoard, referred.Referral!.Destination);
        Assert.Equal("LDB-77", referred.Referral.Reference);

        var closed = await SendAsync(asMediator, HttpMethod.Post, $"{Cases}/{@case.Id}/closure", null, referred.ETag).ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(CaseOutcome.NotSettled, closed.Outcome);
        await SendAsync(asMediator, HttpMethod.Post, $"{Cases}/{@case.Id}/closure", null, closed.ETag).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_applicant_can_be_set_until_the_outcome_with_a_valid_national_id()
    {
        var @case = await _api.OpenCaseAsync();
        var url = $"{Cases}/{@case.Id}/applicant";
        var worker = NationalIds.NewIranian();
        await SendAsync(_api.Supervisor(), HttpMethod.Put, url, new { kind = "person", nationalId = "0000000000" }, @case.ETag)
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "name", "nationalId");
        await SendAsync(_api.Supervisor(), HttpMethod.Put, url, Person(worker), null).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await SendAsync(_api.Supervisor("almaty"), HttpMethod.Put, url, Person(worker), @case.ETag).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var updated = await SendAsync(_api.Supervisor(), HttpMethod.Put, url, Person(worker, "Sara Rahimi"), @case.ETag).ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        Assert.Equal("Sara Rahimi", updated.Applicant!.Name);
        Assert.NotEqual(@case.ETag, updated.ETag);

        var withdrawn = await SendAsync(_api.Supervisor(), HttpMethod.Post, $"{Cases}/{@case.Id}/outcome", new { outcome = "withdrawn" }, updated.ETag)
            .ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        var late = await SendAsync(_api.Supervisor(), HttpMethod.Put, url, Person(worker), withdrawn.ETag).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("case-not-open", late.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Every_change_is_in_the_audit_trail()
    {
        var (@case, _) = await _api.AssignedCaseAsync();
        var rows = await service.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_log WHERE entity_type = 'MediationCase' AND entity_id = $1", @case.Id.ToString());
        Assert.Equal(2, rows); // opened, assigned
    }
}
