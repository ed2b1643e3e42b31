using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Planning;
using LabourWelfare.Inspections.Features.Workplaces;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Inspections.Tests.TestData;

namespace LabourWelfare.Inspections.Tests.Events;

/// <summary>Events of other services, published into this service's vhost; duplicates (same message id) have one effect.</summary>
public sealed class ConsumedEventTests(InspectionsFactory service) : IClassFixture<InspectionsFactory>
{
    private static CooperativeRegistered Registered(Guid cooperativeId, string number) => new(
        cooperativeId, number, "Shiraz Solar Cooperative", "renewable-energy", "Shiraz", 9, DateOnly.FromDateTime(DateTime.UtcNow))
    {
        EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Region = "fars",
    };

    private async Task<WorkplaceResponse> WorkplaceOfCooperativeAsync(HttpClient client, Guid cooperativeId, Func<WorkplaceResponse, bool>? until = null) =>
        await Eventually.Get(async () =>
        {
            var page = await client.GetAsync($"{WorkplacesUrl}?cooperativeId={cooperativeId}").ShouldBeAsync<PagedList<WorkplaceResponse>>(HttpStatusCode.OK);
            return page.Items.FirstOrDefault(w => until?.Invoke(w) ?? true);
        }, "the cooperative's workplace is there");

    [Fact]
    public async Task CooperativeRegistered_registers_a_workplace_once_and_CooperativeDissolved_retires_it_once()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var client = service.ClientFor(Roles.Inspector, "fars");
        var cooperativeId = Guid.NewGuid();
        var registered = Registered(cooperativeId, "coop-" + TestEnvironment.UniqueSuffix());
        await probe.PublishAsync(registered, registered.EventId);
        await probe.PublishAsync(registered, registered.EventId);

        var workplace = await WorkplaceOfCooperativeAsync(client, cooperativeId);
        Assert.Equal(Sector.Industry, workplace.Sector);
        Assert.Equal(registered.RegistrationNumber.ToUpperInvariant(), workplace.RegistrationNumber);
        Assert.Equal("CooperativeRegistered", workplace.OpenedBy!.EventType);
        Assert.Equal(registered.EventId, workplace.OpenedBy.EventId);

        var dissolved = new CooperativeDissolved(cooperativeId, registered.RegistrationNumber, DateOnly.FromDateTime(DateTime.UtcNow)) { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Region = "fars" };
        await probe.PublishAsync(dissolved, dissolved.EventId);
        await probe.PublishAsync(dissolved, dissolved.EventId);
        var retired = await WorkplaceOfCooperativeAsync(client, cooperativeId, w => w.Status == WorkplaceStatus.Retired);
        Assert.Equal(dissolved.DissolvedOn, retired.RetiredOn);

        Assert.Equal(1L, await service.Database.ScalarAsync<long>("SELECT count(*) FROM workplaces WHERE \"CooperativeId\" = $1", cooperativeId));
        Assert.Equal(1L, await service.Database.ScalarAsync<long>("SELECT count(*) FROM inbox_messages WHERE message_id = $1", dissolved.EventId));
        var plan = await client.GetAsync("/api/inspections/plan?pageSize=100").ShouldBeAsync<GetInspectionPlan.PlanResponse>(HttpStatusCode.OK);
        Assert.DoesNotContain(plan.Entries.Items, e => e.WorkplaceId == workplace.Id);
    }

    [Fact]
    public async Task A_dispute_closed_without_settlement_raises_the_employers_workplace_in_the_plan_once()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var client = service.ClientFor(Roles.Inspector, "qom");
        var employer = "شركت كاشي " + TestEnvironment.UniqueSuffix(); // Arabic letter forms; matched in Persian forms
        var flagged = await WorkplaceAsync(client, workforce: 10, sector: "services", employer: employer, region: "qom");
        var rival = await WorkplaceAsync(client, workforce: 10, sector: "industry", region: "qom");
        var url = "/api/inspections/plan?pageSize=100";
        int RankOf(GetInspectionPlan.PlanResponse p, Guid id) => p.Entries.Items.Single(e => e.WorkplaceId == id).Rank;
        var before = await client.GetAsync(url).ShouldBeAsync<GetInspectionPlan.PlanResponse>(HttpStatusCode.OK);
        Assert.True(RankOf(before, flagged.Id) > RankOf(before, rival.Id));

        var closed = new MediationCaseClosed(Guid.NewGuid(), "qom-2026-000123",
            "labour-dismissal", MediationCaseClosed.NotSettled, null, employer.Replace('ك', 'ک').Replace('ي', 'ی'), null)
        { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Region = "qom" };
        await probe.PublishAsync(closed, closed.EventId);
        await probe.PublishAsync(closed, closed.EventId);

        var after = await Eventually.Get(async () =>
        {
            var plan = await client.GetAsync(url).ShouldBeAsync<GetInspectionPlan.PlanResponse>(HttpStatusCode.OK);
            return plan.Entries.Items.Single(e => e.WorkplaceId == flagged.Id).UnresolvedLabourDisputes > 0 ? plan : null;
        }, "the dispute is recorded");
        Assert.True(RankOf(after, flagged.Id) < RankOf(after, rival.Id));
        Assert.Equal(1, after.Entries.Items.Single(e => e.WorkplaceId == flagged.Id).UnresolvedLabourDisputes);
        Assert.Equal(1L, await service.Database.ScalarAsync<long>("SELECT count(*) FROM labour_disputes WHERE \"CaseId\" = $1", closed.CaseId));
    }

    [Fact]
    public async Task A_case_referred_from_an_inspection_flags_the_named_workplace_and_settled_cases_change_nothing()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var client = service.ClientFor(Roles.Inspector, "fars");
        var workplace = await WorkplaceAsync(client);
        var settled = new MediationCaseClosed(Guid.NewGuid(), "fars-2026-1", "labour-wages",
            MediationCaseClosed.Settled, workplace.Id, workplace.EmployerName, null)
        { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Region = "fars" };
        var notSettled = settled with { EventId = Guid.NewGuid(), CaseId = Guid.NewGuid(), Outcome = MediationCaseClosed.NotSettled, EmployerName = null };
        await probe.PublishAsync(settled, settled.EventId);
        await probe.PublishAsync(notSettled, notSettled.EventId);

        var flagged = await Eventually.Get(async () =>
        {
            var w = await client.GetAsync($"{WorkplacesUrl}/{workplace.Id}").ShouldBeAsync<WorkplaceResponse>(HttpStatusCode.OK);
            return w.UnresolvedLabourDisputes > 0 ? w : null;
        }, "the referred workplace is flagged");
        Assert.Equal(1, flagged.UnresolvedLabourDisputes);
        Assert.Equal(1L, await service.Database.ScalarAsync<long>("SELECT count(*) FROM inbox_messages WHERE message_id = $1", settled.EventId));
        var risk = await client.GetAsync($"{WorkplacesUrl}/{workplace.Id}/risk").ShouldBeAsync<GetWorkplaceRisk.RiskResponse>(HttpStatusCode.OK);
        Assert.Contains(risk.Factors, f => f.Factor == "unresolved-labour-disputes" && f.Points == 20);
    }
}
