using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.TestSupport;
using LabourWelfare.WelfareAid.Features.Programmes;

namespace LabourWelfare.WelfareAid.Tests;

/// <summary>Many officers approving at once never overspend a programme's budget.</summary>
public sealed class BudgetConcurrencyTests(WelfareAidFactory service) : IClassFixture<WelfareAidFactory>
{
    [Fact]
    public async Task Of_120_concurrent_approvals_exactly_the_budgeted_40_succeed_the_rest_answer_409_and_the_books_balance()
    {
        const int applications = 120, covered = 40;
        const decimal benefit = 2_500_000m;
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var aid = new AidApi(service);
        var programme = await aid.ActiveProgrammeAsync(benefit, benefit * covered + benefit / 2);

        var ids = new List<Guid>();
        foreach (var _ in Enumerable.Range(0, applications))
            ids.Add((await aid.SubmitAsync(programme.Id, (await aid.BeneficiaryAsync()).Id)).Id);
        var etags = new List<string?>();
        foreach (var id in ids) etags.Add(await AidApi.ETagAsync(aid.Checker, $"/api/aid/applications/{id}"));

        using var start = new SemaphoreSlim(0);
        var approvals = ids.Select(async (id, i) =>
        {
            await start.WaitAsync();
            return await AidApi.Send(aid.Checker, HttpMethod.Post, $"/api/aid/applications/{id}/approve", etags[i]);
        }).ToList();
        start.Release(applications);
        var responses = await Task.WhenAll(approvals);

        Assert.Equal(covered, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(applications - covered, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            Assert.Equal("budget-exhausted", (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());

        var books = await aid.Maker.GetAsync($"/api/aid/programmes/{programme.Id}").ShouldBeAsync<ProgrammeResponse>(HttpStatusCode.OK);
        Assert.Equal(benefit * covered, books.Reserved.Amount);
        Assert.True(books.Reserved.Amount <= books.Budget.Amount);
        Assert.Equal(benefit * covered, await service.Database.ScalarAsync<decimal>(
            "SELECT coalesce(sum(\"ReservedAmount\"), 0) FROM applications WHERE \"ProgrammeId\" = $1 AND \"Status\" = 'Approved'", programme.Id));
        Assert.Equal(covered, await service.Database.ScalarAsync<long>(
            "SELECT count(*) FROM applications WHERE \"ProgrammeId\" = $1 AND \"Status\" = 'Approved'", programme.Id));

        await Eventually.Until(() => probe.Of<AidApplicationApproved>().Count(e => e.ProgrammeId == programme.Id) == covered, "every approval is announced");
        var exhausted = await probe.WaitForAsync<ProgrammeBudgetExhausted>(e => e.ProgrammeId == programme.Id);
        Assert.Equal(benefit * covered, exhausted.ReservedAmount);
        await Eventually.Until(async () => await service.Database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages") == 0, "the outbox is drained");
        Assert.Single(probe.Of<ProgrammeBudgetExhausted>(), e => e.ProgrammeId == programme.Id);
    }
}
