using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.Mediation.Features.Cases;
using LabourWelfare.Mediation.Tests.Api;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Mediation.Tests.Api.MediationApi;

namespace LabourWelfare.Mediation.Tests.Events;

public sealed class EventTests(MediationFactory service) : IClassFixture<MediationFactory>
{
    private readonly MediationApi _api = new(service);

    private static ViolationRecorded Violation(Guid workplaceId, string category = ViolationRecorded.IllegalDismissal, Guid? violationId = null) =>
        new(Guid.NewGuid(), violationId ?? Guid.NewGuid(), workplaceId, "Shiraz Textile Mill", "Shiraz Textile Co.", category, "major", null)
        {
            EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, Region = "fars", CorrelationId = "corr-" + TestEnvironment.UniqueSuffix(),
        };

    private async Task<PagedList<CaseResponse>> ReferredCasesAsync(Guid workplaceId) =>
        await _api.Supervisor().GetAsync($"{Cases}?origin=inspection-referral&workplaceId={workplaceId}")
            .ShouldBeAsync<PagedList<CaseResponse>>(HttpStatusCode.OK);

    private async Task WaitUntilAppliedAsync(Guid messageId) =>
        await Eventually.Until(async () =>
            await service.Database.ScalarAsync<long>("SELECT count(*) FROM inbox_messages WHERE message_id = $1", messageId) > 0,
            "the message is in the inbox");

    [Fact]
    public async Task An_illegal_dismissal_opens_one_referred_case_even_when_delivered_twice()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var workplaceId = Guid.NewGuid();
        var violation = Violation(workplaceId);

        await probe.PublishAsync(violation, violation.EventId);
        await probe.PublishAsync(violation, violation.EventId);
        var referred = await Eventually.Get(async () => (await ReferredCasesAsync(workplaceId)).Items.FirstOrDefault(), "the referred case is opened");

        // A re-published violation under a new event id still opens no second case. Sent once the first is applied:
        // consumers run concurrently, so sent together either could open the case.
        var republished = violation with { EventId = Guid.CreateVersion7() };
        await probe.PublishAsync(republished, republished.EventId);
        await WaitUntilAppliedAsync(republished.EventId);
        Assert.Single((await ReferredCasesAsync(workplaceId)).Items);
        Assert.Equal(1, await service.Database.ScalarAsync<long>("SELECT count(*) FROM inbox_messages WHERE message_id = $1", violation.EventId));

        Assert.Equal(CaseChannel.InspectionReferral, referred.Channel);
        Assert.Equal(CaseCategory.LabourDismissal, referred.Category);
        Assert.Equal(CaseStatus.Received, referred.Status);
        Assert.Equal("Shiraz Textile Co.", referred.Respondent!.Name);
        Assert.Equal(PartyKind.Organisation, referred.Respondent.Kind);
        Assert.Null(referred.Applicant);
        Assert.Equal(new Provenance(nameof(ViolationRecorded), violation.EventId, "inspections", referred.OpenedBy!.TraceId), referred.OpenedBy);
        Assert.Equal(violation.InspectionId, referred.InspectionId);
    }

    [Fact]
    public async Task Unpaid_wages_open_a_wages_case_and_other_violations_open_nothing()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var ignoredWorkplace = Guid.NewGuid();
        var ignored = Violation(ignoredWorkplace, "missing-ppe");
        await probe.PublishAsync(ignored, ignored.EventId);
        var wagesWorkplace = Guid.NewGuid();
        var wages = Violation(wagesWorkplace, ViolationRecorded.UnpaidWages);
        await probe.PublishAsync(wages, wages.EventId);

        var @case = await Eventually.Get(async () => (await ReferredCasesAsync(wagesWorkplace)).Items.FirstOrDefault(), "the wages case is opened");
        Assert.Equal(CaseCategory.LabourWages, @case.Category);
        await WaitUntilAppliedAsync(ignored.EventId);
        Assert.Empty((await ReferredCasesAsync(ignoredWorkplace)).Items);
    }

    [Fact]
    public async Task A_referred_dismissal_closed_without_settlement_publishes_MediationCaseClosed_naming_the_worker()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var workplaceId = Guid.NewGuid();
        var violation = Violation(workplaceId);
        await probe.PublishAsync(violation, violation.EventId);
        var referred = await Eventually.Get(async () => (await ReferredCasesAsync(workplaceId)).Items.FirstOrDefault(), "the referred case is opened");

        // The flow the end-to-end tests follow: add the worker, assign, hold a session, not settled, close.
        var supervisor = _api.Supervisor();
        var worker = NationalIds.NewIranian();
        var withApplicant = await SendAsync(supervisor, HttpMethod.Put, $"{Cases}/{referred.Id}/applicant", Person(worker, "Reza Ahmadi"), referred.ETag)
            .ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        var mediator = await _api.RegisterMediatorAsync();
        await SendAsync(supervisor, HttpMethod.Post, $"{Cases}/{referred.Id}/assignment", new { mediatorId = mediator.Id }, withApplicant.ETag)
            .ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        await Created(_api.ScheduleAsync(supervisor, referred.Id, DateTimeOffset.UtcNow.AddDays(3)));
        var inSession = await _api.GetCaseAsync(referred.Id);
        var notSettled = await SendAsync(supervisor, HttpMethod.Post, $"{Cases}/{referred.Id}/outcome", new { outcome = "not-settled" }, inSession.ETag)
            .ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        await SendAsync(supervisor, HttpMethod.Post, $"{Cases}/{referred.Id}/closure", null, notSettled.ETag).ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);

        var closed = await probe.WaitForAsync<MediationCaseClosed>(e => e.CaseId == referred.Id);
        Assert.Equal("fars", closed.Region);
        Assert.Equal(referred.Number, closed.CaseNumber);
        Assert.Equal(MediationCaseClosed.LabourDismissal, closed.Category);
        Assert.Equal(MediationCaseClosed.NotSettled, closed.Outcome);
        Assert.Equal(workplaceId, closed.WorkplaceId);
        Assert.Equal("Shiraz Textile Co.", closed.EmployerName);
        Assert.Equal(new DismissedWorker(worker, "Reza Ahmadi"), closed.DismissedWorker);
        Assert.NotEqual(Guid.Empty, closed.EventId);
    }

    [Fact]
    public async Task A_settled_case_closes_with_outcome_and_category_only()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var (@case, _) = await _api.AssignedCaseAsync(category: "labour-dismissal");
        var settled = await SendAsync(_api.Supervisor(), HttpMethod.Post, $"{Cases}/{@case.Id}/outcome", new
        {
            outcome = "settled",
            settlement = new { terms = "Reinstated from next month.", amounts = new[] { new { description = "Severance", amount = 5_000_000m, currency = "IRR" } } },
        }, @case.ETag).ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        await SendAsync(_api.Supervisor(), HttpMethod.Post, $"{Cases}/{@case.Id}/closure", null, settled.ETag).ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);

        var closed = await probe.WaitForAsync<MediationCaseClosed>(e => e.CaseId == @case.Id);
        Assert.Equal(MediationCaseClosed.Settled, closed.Outcome);
        Assert.Equal(MediationCaseClosed.LabourDismissal, closed.Category);
        Assert.Null(closed.DismissedWorker);
        Assert.Null(closed.WorkplaceId);
        await Eventually.Until(async () => await service.Database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages") == 0, "the outbox is drained");
    }
}
