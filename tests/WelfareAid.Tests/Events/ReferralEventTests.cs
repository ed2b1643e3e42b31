using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using LabourWelfare.WelfareAid.Domain;
using LabourWelfare.WelfareAid.Features.Applications;
using LabourWelfare.WelfareAid.Features.Disbursements;
using LabourWelfare.WelfareAid.Features.Referrals;

namespace LabourWelfare.WelfareAid.Tests;

/// <summary>Referrals in from Inspections and Mediation over real RabbitMQ, and the aid office's follow-up.</summary>
public sealed class ReferralEventTests(WelfareAidFactory service) : IClassFixture<WelfareAidFactory>
{
    private static AccidentReported Accident(string region, params InjuredPerson[] injured) => new(
        Guid.NewGuid(), Guid.NewGuid(), "construction", DateTimeOffset.UtcNow.AddHours(-2), "serious", injured)
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, Region = region, CorrelationId = "corr-1",
    };

    private async Task<PagedList<ReferralResponse>> ReferralsOf(HttpClient officer, Guid beneficiaryId) =>
        await officer.GetAsync($"/api/aid/referrals?beneficiaryId={beneficiaryId}").ShouldBeAsync<PagedList<ReferralResponse>>(HttpStatusCode.OK);

    private async Task<Guid> BeneficiaryIdOf(HttpClient officer, string nationalId) => await Eventually.Get(async () =>
    {
        var response = await officer.PostJsonAsync("/api/aid/beneficiaries/search", new { nationalId });
        return response.IsSuccessStatusCode ? (object?)(await response.ShouldBeAsync<Features.Beneficiaries.BeneficiaryResponse>(HttpStatusCode.OK)).Id : null;
    }, "the referred person is registered") is Guid id ? id : throw new InvalidOperationException();

    [Fact]
    public async Task An_accident_opens_accident_support_applications_once_which_another_officer_approves_and_disburses()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var aid = new AidApi(service, "ilam");
        var programme = await aid.ActiveProgrammeAsync(benefit: 5_000_000, budget: 50_000_000, groups: ["accident-victim"]);
        var injured = TestIds.Iranian();
        var accident = Accident("ilam", new InjuredPerson(TestIds.ToPersianDigits(injured), "Reza Karimi", "serious"));

        await probe.PublishAsync(accident, accident.EventId);
        await probe.PublishAsync(accident, accident.EventId); // redelivered: one effect
        var beneficiaryId = await BeneficiaryIdOf(aid.Checker, injured);
        var application = await Eventually.Get(async () =>
            (await aid.Checker.GetAsync($"/api/aid/applications?origin=accident-reported&programmeKind=cash-grant&beneficiaryId={beneficiaryId}")
                .ShouldBeAsync<PagedList<ApplicationResponse>>(HttpStatusCode.OK)).Items.FirstOrDefault(), "the application is opened");
        await Eventually.Until(async () => await service.Database.ScalarAsync<long>(
            "SELECT count(*) FROM inbox_messages WHERE message_id = $1", accident.EventId) == 1, "the event is applied");

        Assert.Equal(programme.Id, application.ProgrammeId);
        Assert.Equal(TargetGroup.AccidentVictim, application.TargetGroup);
        Assert.Equal(nameof(AccidentReported), application.OpenedBy!.EventType);
        Assert.Equal(accident.EventId, application.OpenedBy.EventId);
        Assert.Equal("inspections", application.OpenedBy.SourceService);
        var referrals = await ReferralsOf(aid.Checker, beneficiaryId);
        var referral = Assert.Single(referrals.Items);
        Assert.Equal(ReferralStatus.ApplicationOpened, referral.Status);
        Assert.Equal(application.Id, referral.ApplicationId);
        Assert.Equal(1, await service.Database.ScalarAsync<long>("SELECT count(*) FROM applications WHERE \"BeneficiaryId\" = $1", beneficiaryId));

        // The person's decile is unknown but the accident-support programme has a maximum: the officer completes it first.
        var etag = await AidApi.ETagAsync(aid.Checker, $"/api/aid/beneficiaries/{beneficiaryId}");
        (await AidApi.Send(aid.Checker, HttpMethod.Put, $"/api/aid/beneficiaries/{beneficiaryId}", etag,
            new { fullName = "Reza Karimi", householdSize = 3, incomeDecile = 4, targetGroups = new[] { "accident-victim" } })).EnsureSuccessStatusCode();
        await aid.ApprovedAsync(application.Id);
        var paid = await aid.Checker.PostJsonAsync($"/api/aid/applications/{application.Id}/disbursements",
            new { amount = 5_000_000, currency = "IRR", reference = "IL-" + TestEnvironment.UniqueSuffix() }).ShouldBeAsync<DisbursementResponse>(HttpStatusCode.Created);
        var approved = await probe.WaitForAsync<AidApplicationApproved>(e => e.ApplicationId == application.Id);
        Assert.Equal("cash-grant", approved.ProgrammeKind);
        Assert.Equal(5_000_000m, approved.BenefitAmount);
        Assert.Equal("IRR", approved.Currency);
        Assert.Equal("ilam", approved.Region);
        await probe.WaitForAsync<AidDisbursed>(e => e.DisbursementId == paid.Id);
    }

    [Fact]
    public async Task Without_an_active_programme_the_referral_waits_for_an_officer_to_open_the_application()
    {
        var aid = new AidApi(service, "almaty");
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var worker = TestIds.Kazakh();
        var closed = new MediationCaseClosed(Guid.NewGuid(), "almaty-2025-000042",
            MediationCaseClosed.LabourDismissal, MediationCaseClosed.NotSettled, null, "Steppe Steel LLP", new DismissedWorker(worker, "Aigerim Sadykova"))
        { EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, Region = "almaty" };
        var settled = closed with { EventId = Guid.CreateVersion7(), Outcome = MediationCaseClosed.Settled, DismissedWorker = new DismissedWorker(TestIds.Kazakh(), "X Y") };
        await probe.PublishAsync(settled, settled.EventId);
        await probe.PublishAsync(closed, closed.EventId);

        var beneficiaryId = await BeneficiaryIdOf(aid.Checker, worker);
        var referral = Assert.Single((await ReferralsOf(aid.Checker, beneficiaryId)).Items);
        Assert.Equal(ReferralStatus.Open, referral.Status);
        Assert.Equal(TargetGroup.DismissedWorker, referral.TargetGroup);
        Assert.Equal(ApplicationOrigin.MediationCaseClosed, referral.Origin);
        Assert.Equal("mediation", referral.OpenedBy.SourceService);
        Assert.Equal(closed.EventId, referral.OpenedBy.EventId);
        Assert.Equal("almaty-2025-000042", referral.SourceReference);
        await Eventually.Until(async () => await service.Database.ScalarAsync<long>("SELECT count(*) FROM inbox_messages WHERE message_id = $1", settled.EventId) == 1,
            "the settled case is consumed");
        Assert.Equal(0, await service.Database.ScalarAsync<long>("SELECT count(*) FROM beneficiaries WHERE \"NationalId\" = $1", settled.DismissedWorker!.NationalId));

        var programme = await aid.ActiveProgrammeAsync(benefit: 150_000, budget: 1_500_000, groups: ["dismissed-worker"]);
        var url = $"/api/aid/referrals/{referral.Id}/application";
        await (await AidApi.Send(aid.Maker, HttpMethod.Post, url, "*", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "programmeId");
        await (await AidApi.Send(aid.Maker, HttpMethod.Post, url, null, new { programmeId = programme.Id })).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var ilam = new AidApi(service, "ilam");
        Assert.Equal(HttpStatusCode.NotFound, (await ilam.Checker.GetAsync($"/api/aid/referrals/{referral.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AidApi.Send(ilam.Maker, HttpMethod.Post, url, "*", new { programmeId = programme.Id })).StatusCode);
        await ilam.Checker.GetAsync("/api/aid/referrals?region=almaty").ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Citizen, "almaty", nationalId: worker).GetAsync("/api/aid/referrals")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync("/api/aid/referrals")).StatusCode);

        var etag = await AidApi.ETagAsync(aid.Supervisor, $"/api/aid/referrals/{referral.Id}");
        var application = await AidApi.Send(aid.Maker, HttpMethod.Post, url, etag, new { programmeId = programme.Id })
            .ShouldBeAsync<ApplicationResponse>(HttpStatusCode.Created);
        Assert.Equal(ApplicationOrigin.MediationCaseClosed, application.Origin);
        Assert.Equal(referral.Id, application.ReferralId);
        Assert.Equal(closed.EventId, application.OpenedBy!.EventId);
        var again = await AidApi.Send(aid.Maker, HttpMethod.Post, url, "*", new { programmeId = programme.Id });
        Assert.Equal("open-application-exists", (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        var listed = await aid.Checker.GetAsync("/api/aid/referrals?status=application-opened&origin=mediation-case-closed&pageSize=100")
            .ShouldBeAsync<PagedList<ReferralResponse>>(HttpStatusCode.OK);
        Assert.Contains(listed.Items, r => r.Id == referral.Id);
        await aid.Checker.GetAsync("/api/aid/referrals?status=maybe").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "status");
    }
}
