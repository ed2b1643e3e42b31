using System.Net;
using LabourWelfare.Mediation.Features.Cases;
using LabourWelfare.Mediation.Features.Statistics;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using static LabourWelfare.Mediation.Tests.Api.MediationApi;

namespace LabourWelfare.Mediation.Tests.Api;

/// <summary>On a controlled clock: 1 October 2025 is 9 Mehr 1404.</summary>
public sealed class StatisticsApiTests(ClockedMediationFactory service) : IClassFixture<ClockedMediationFactory>
{
    private readonly MediationApi _api = new(service);

    [Fact]
    public async Task A_Persian_region_reports_its_Solar_Hijri_year()
    {
        var supervisor = _api.Supervisor("qom");
        var mediator = await _api.RegisterMediatorAsync("qom");
        var first = (await _api.AssignedCaseAsync("qom", "labour-wages", mediator)).Case;
        var second = (await _api.AssignedCaseAsync("qom", "labour-dismissal", mediator)).Case;
        await supervisor.PostJsonAsync(Cases, NewCase(NationalIds.NewIranian(), "qom", "family", "phone")).ShouldBeAsync<CaseResponse>(HttpStatusCode.Created);

        service.Clock.Advance(TimeSpan.FromDays(10));
        await SendAsync(supervisor, HttpMethod.Post, $"{Cases}/{first.Id}/outcome",
            new { outcome = "settled", settlement = new { terms = "Paid in full." } }, first.ETag).ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);
        service.Clock.Advance(TimeSpan.FromDays(10));
        await SendAsync(supervisor, HttpMethod.Post, $"{Cases}/{second.Id}/outcome", new { outcome = "not-settled" }, second.ETag)
            .ShouldBeAsync<CaseResponse>(HttpStatusCode.OK);

        var stats = await supervisor.GetAsync(Statistics).ShouldBeAsync<GetStatistics.StatisticsResponse>(HttpStatusCode.OK);
        Assert.Equal("qom", stats.Region);
        Assert.Equal(new DateOnly(2025, 3, 21), stats.From);
        Assert.Equal("solar-hijri", stats.Period.Calendar);
        Assert.Equal("Farvardin 1404 – Esfand 1404", stats.Period.Label);
        Assert.Equal(3, stats.Received);
        Assert.Equal(1, stats.ReceivedByCategory["labour-wages"]);
        Assert.Equal(1, stats.ReceivedByCategory["family"]);
        Assert.Equal(2, stats.ReceivedByChannel["walk-in"]);
        Assert.Equal(1, stats.ReceivedByChannel["phone"]);
        Assert.Equal(2, stats.Resolved);
        Assert.Equal(0.5m, stats.SettlementRate);
        Assert.Equal(15.0m, stats.MedianDaysToResolution);
        Assert.Equal(12, stats.Months.Count);
        var mehr = Assert.Single(stats.Months, m => m.Label == "Mehr 1404");
        Assert.Equal(1404, mehr.Year);
        Assert.Equal(7, mehr.Month);
        Assert.Equal(3, mehr.Received);
        Assert.Equal(2, mehr.Resolved);

        var lastYear = await supervisor.GetAsync($"{Statistics}?year=1403").ShouldBeAsync<GetStatistics.StatisticsResponse>(HttpStatusCode.OK);
        Assert.Equal(0, lastYear.Received);
        Assert.Null(lastYear.SettlementRate);
    }

    [Fact]
    public async Task Almaty_reports_Gregorian_periods()
    {
        await _api.OpenCaseAsync("almaty");
        var stats = await _api.Supervisor("almaty").GetAsync($"{Statistics}?from=2025-09-01&to=2025-10-31")
            .ShouldBeAsync<GetStatistics.StatisticsResponse>(HttpStatusCode.OK);
        Assert.Equal("gregorian", stats.Period.Calendar);
        Assert.True(stats.Received >= 1, $"the case just opened is received in the period (received: {stats.Received})");
        Assert.Equal(2, stats.Months.Count);

        // Labels in the caller's language, with the year and month beside them for programs.
        var kazakh = _api.Supervisor("almaty");
        kazakh.DefaultRequestHeaders.AcceptLanguage.ParseAdd("kk");
        var inKazakh = await kazakh.GetAsync($"{Statistics}?year=2025").ShouldBeAsync<GetStatistics.StatisticsResponse>(HttpStatusCode.OK);
        Assert.Equal("kk", inKazakh.Period.Language);
        Assert.Equal("қаңтар 2025 – желтоқсан 2025", inKazakh.Period.Label);
        var september = inKazakh.Months[8];
        Assert.Equal("қыркүйек 2025", september.Label);
        Assert.Equal(2025, september.Year);
        Assert.Equal(9, september.Month);
    }

    [Fact]
    public async Task Statistics_check_the_period_the_region_and_the_role()
    {
        var supervisor = _api.Supervisor("qom");
        await supervisor.GetAsync($"{Statistics}?year=1404&from=2025-01-01").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "year", "to");
        await supervisor.GetAsync($"{Statistics}?from=2025-02-01&to=2025-01-01").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "to");
        await supervisor.GetAsync($"{Statistics}?region=atlantis").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "region");
        await supervisor.GetAsync($"{Statistics}?region=fars").ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await service.ClientFor(Roles.Admin, null).GetAsync(Statistics).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "region");
        Assert.Equal(HttpStatusCode.OK, (await service.ClientFor(Roles.Admin, null).GetAsync($"{Statistics}?region=fars")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Mediator, "qom").GetAsync(Statistics)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(Statistics)).StatusCode);
    }
}
