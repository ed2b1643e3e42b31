using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using LabourWelfare.WelfareAid.Domain;
using LabourWelfare.WelfareAid.Features.Applications;
using LabourWelfare.WelfareAid.Features.Disbursements;
using LabourWelfare.WelfareAid.Features.Programmes;
using LabourWelfare.WelfareAid.Features.Statistics;

namespace LabourWelfare.WelfareAid.Tests;

public sealed class DisbursementApiTests(WelfareAidFactory service) : IClassFixture<WelfareAidFactory>
{
    private static string Ref() => "PAY-" + TestEnvironment.UniqueSuffix();

    private static async Task<string?> Code(HttpResponseMessage response) =>
        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString();

    [Fact]
    public async Task Cash_is_paid_in_parts_reconciled_with_the_bank_announced_and_counted_in_statistics()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var aid = new AidApi(service, "qom");
        var (programme, _, application) = await aid.SubmittedAsync(benefit: 3_000_000);
        Assert.Equal("invalid-transition", await Code(await aid.Checker.PostJsonAsync($"/api/aid/applications/{application.Id}/disbursements",
            new { amount = 1_000_000, currency = "IRR", reference = Ref() })));
        await aid.ApprovedAsync(application.Id);
        await probe.WaitForAsync<AidApplicationApproved>(e => e.ApplicationId == application.Id);

        var url = $"/api/aid/applications/{application.Id}/disbursements";
        Assert.Equal("maker-checker", await Code(await aid.Maker.PostJsonAsync(url, new { amount = 1_000_000, currency = "IRR", reference = Ref() })));
        Assert.Equal("currency.mixed", await Code(await aid.Checker.PostJsonAsync(url, new { amount = 1_000_000, currency = "KZT", reference = Ref() })));
        Assert.Equal("channel-mismatch", await Code(await aid.Checker.PostJsonAsync(url, new { amount = 1_000_000, currency = "IRR", channel = "in-kind", reference = Ref() })));
        await aid.Checker.PostJsonAsync(url, new { amount = -1, currency = "irr" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "amount", "currency", "reference");

        var reference = Ref();
        var first = await aid.Checker.PostJsonAsync(url, new { amount = 1_000_000, currency = "IRR", reference })
            .ShouldBeAsync<DisbursementResponse>(HttpStatusCode.Created);
        Assert.Equal(DisbursementStatus.AwaitingReconciliation, first.Status);
        Assert.Equal("reference-taken", await Code(await aid.Checker.PostJsonAsync(url, new { amount = 1, currency = "IRR", reference })));
        Assert.Equal("over-disbursement", await Code(await aid.Checker.PostJsonAsync(url, new { amount = 2_000_001, currency = "IRR", reference = Ref() })));
        await aid.Checker.PostJsonAsync(url, new { amount = 2_000_000, currency = "IRR", reference = Ref(), channel = "bank-transfer" })
            .ShouldBeAsync<DisbursementResponse>(HttpStatusCode.Created);
        var done = await aid.Checker.GetAsync($"/api/aid/applications/{application.Id}").ShouldBeAsync<ApplicationResponse>(HttpStatusCode.OK);
        Assert.Equal(ApplicationStatus.Disbursed, done.Status);
        var list = await aid.Supervisor.GetAsync(url).ShouldBeAsync<List<DisbursementResponse>>(HttpStatusCode.OK);
        Assert.Equal(2, list.Count);
        var announced = await probe.WaitForAsync<AidDisbursed>(e => e.DisbursementId == first.Id);
        Assert.Equal("bank-transfer", announced.Channel);
        Assert.Equal("IRR", announced.Currency);
        Assert.Equal(1_000_000m, announced.Amount);

        const string Reconcile = "/api/aid/reconciliations";
        Assert.Equal("reconciliation-mismatch", await Code(await aid.Checker.PostJsonAsync(Reconcile,
            new { reference, bankPaymentReference = "BMI-1", amount = 999_999, currency = "IRR" })));
        var reconciled = await aid.Checker.PostJsonAsync(Reconcile, new { reference, bankPaymentReference = "BMI-1", amount = 1_000_000, currency = "IRR" })
            .ShouldBeAsync<DisbursementResponse>(HttpStatusCode.OK);
        Assert.Equal(DisbursementStatus.Completed, reconciled.Status);
        Assert.Equal(HttpStatusCode.OK, (await aid.Checker.PostJsonAsync(Reconcile, new { reference, bankPaymentReference = "BMI-1", amount = 1_000_000, currency = "IRR" })).StatusCode);
        Assert.Equal("already-reconciled", await Code(await aid.Checker.PostJsonAsync(Reconcile, new { reference, bankPaymentReference = "BMI-2", amount = 1_000_000, currency = "IRR" })));
        Assert.Equal(HttpStatusCode.NotFound, (await aid.Checker.PostJsonAsync(Reconcile, new { reference = Ref(), bankPaymentReference = "B", amount = 1, currency = "IRR" })).StatusCode);
        await aid.Checker.PostJsonAsync(Reconcile, new { }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "reference", "bankPaymentReference", "amount", "currency");

        var stats = await aid.Supervisor.GetAsync("/api/aid/statistics").ShouldBeAsync<AidStatistics>(HttpStatusCode.OK);
        Assert.Equal("solar-hijri", stats.Period.Calendar);
        Assert.True(stats.BeneficiariesReached >= 1);
        Assert.Contains(stats.DisbursedByCurrency, m => m.Currency == "IRR" && m.Amount >= 3_000_000);
        Assert.Contains(stats.DisbursedByProgramme, p => p.ProgrammeId == programme.Id && p.Amount == new Money(3_000_000, "IRR") && p.Disbursements == 2);
        Assert.Contains(stats.ApplicationsByStatus, s => s.Status == ApplicationStatus.Disbursed && s.Count >= 1);
        Assert.True(stats.ReachAmongDeciles1To8.Reached >= 1);

        var closed = await AidApi.Send(aid.Maker, HttpMethod.Post, $"/api/aid/programmes/{programme.Id}/close",
            await AidApi.ETagAsync(aid.Maker, $"/api/aid/programmes/{programme.Id}")).ShouldBeAsync<ProgrammeResponse>(HttpStatusCode.OK);
        Assert.Equal(new Money(3_000_000, "IRR"), closed.Disbursed);
    }

    [Fact]
    public async Task In_kind_aid_records_proof_of_delivery_with_If_Match()
    {
        var aid = new AidApi(service);
        var (_, _, application) = await aid.SubmittedAsync(benefit: 800_000, kind: "food-basket");
        await aid.ApprovedAsync(application.Id);
        var basket = await aid.Checker.PostJsonAsync($"/api/aid/applications/{application.Id}/disbursements",
            new { amount = 800_000, currency = "IRR", reference = Ref() }).ShouldBeAsync<DisbursementResponse>(HttpStatusCode.Created);
        Assert.Equal(DisbursementChannel.InKind, basket.Channel);
        Assert.Equal(DisbursementStatus.AwaitingProofOfDelivery, basket.Status);

        var url = $"/api/aid/disbursements/{basket.Id}/proof-of-delivery";
        var proof = new { deliveredOn = AidApi.Today, receivedBy = "Zahra Ahmadi", documentReference = "DN-۱۲۳" };
        await (await AidApi.Send(aid.Checker, HttpMethod.Post, url, null, proof)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await AidApi.Send(aid.Checker, HttpMethod.Post, url, "*", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "deliveredOn", "receivedBy", "documentReference");
        var etag = await AidApi.ETagAsync(aid.Supervisor, $"/api/aid/disbursements/{basket.Id}");
        var delivered = await AidApi.Send(aid.Checker, HttpMethod.Post, url, etag, proof).ShouldBeAsync<DisbursementResponse>(HttpStatusCode.OK);
        Assert.Equal(DisbursementStatus.Completed, delivered.Status);
        Assert.Equal("DN-123", delivered.ProofOfDelivery!.DocumentReference);
        await (await AidApi.Send(aid.Checker, HttpMethod.Post, url, etag, proof)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("already-delivered", await Code(await AidApi.Send(aid.Checker, HttpMethod.Post, url, "*", proof)));
    }

    [Fact]
    public async Task Other_regions_wrong_roles_and_anonymous_callers_are_refused()
    {
        var aid = new AidApi(service);
        var (_, beneficiary, application) = await aid.SubmittedAsync(kind: "equipment");
        await aid.ApprovedAsync(application.Id);
        var item = await aid.Checker.PostJsonAsync($"/api/aid/applications/{application.Id}/disbursements",
            new { amount = 1000, currency = "IRR", reference = Ref() }).ShouldBeAsync<DisbursementResponse>(HttpStatusCode.Created);

        var almaty = new AidApi(service, "almaty");
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.Checker.GetAsync($"/api/aid/disbursements/{item.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.Checker.GetAsync($"/api/aid/applications/{application.Id}/disbursements")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.Checker.PostJsonAsync($"/api/aid/applications/{application.Id}/disbursements",
            new { amount = 1, currency = "IRR", reference = Ref() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AidApi.Send(almaty.Checker, HttpMethod.Post, $"/api/aid/disbursements/{item.Id}/proof-of-delivery", "*",
            new { deliveredOn = AidApi.Today, receivedBy = "X", documentReference = "Y" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.Checker.PostJsonAsync("/api/aid/reconciliations",
            new { reference = item.Reference, bankPaymentReference = "B", amount = 1000, currency = "IRR" })).StatusCode);
        await almaty.Supervisor.GetAsync("/api/aid/statistics?region=fars").ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await aid.Supervisor.GetAsync("/api/aid/statistics?from=2025-05-01&to=2025-04-01").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "to");

        var owner = service.ClientFor(Roles.Citizen, "fars", nationalId: beneficiary.NationalId);
        Assert.Single(await owner.GetAsync($"/api/aid/applications/{application.Id}/disbursements").ShouldBeAsync<List<DisbursementResponse>>(HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.GetAsync("/api/aid/statistics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await aid.Supervisor.PostJsonAsync("/api/aid/reconciliations", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync("/api/aid/statistics")).StatusCode);
    }
}
