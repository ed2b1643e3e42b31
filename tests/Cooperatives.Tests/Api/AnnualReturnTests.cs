using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.Cooperatives.Features.AnnualReturns;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Cooperatives.Tests.TestData;

namespace LabourWelfare.Cooperatives.Tests;

public sealed class AnnualReturnTests(CooperativesFactory service) : IClassFixture<CooperativesFactory>
{
    private static readonly DateOnly LongAgo = new(2020, 6, 1); // 1399 in Fars

    private static object Return(int year, int jobs = 12, decimal amount = 4_500_000_000m, string? currency = "IRR") =>
        new { year, jobsProvided = jobs, revenue = new { amount, currency } };

    [Fact]
    public async Task A_return_is_filed_once_per_year_corrected_with_a_reason_and_the_history_shows_old_and_new_values()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var cooperative = await service.RegisterAsync(registeredOn: LongAgo);
        var client = service.Registrar();

        var filed = await client.PostJsonAsync(Url(cooperative.Id, "annual-returns"), Return(1402))
            .ShouldBeAsync<AnnualReturnResponse>(HttpStatusCode.Created);
        Assert.Equal("solar-hijri", filed.Calendar);
        Assert.Equal(new Money(4_500_000_000m, "IRR"), filed.Revenue);
        var filedEvent = await probe.WaitForAsync<AnnualReturnFiled>(e => e.CooperativeId == cooperative.Id && e.Year == 1402);
        Assert.Equal(12, filedEvent.JobsProvided);
        Assert.Equal("IRR", filedEvent.RevenueCurrency);

        Assert.Equal("annual-return-exists", await client.PostJsonAsync(Url(cooperative.Id, "annual-returns"), Return(1402, 3)).CodeAsync());

        var url = Url(cooperative.Id, "annual-returns/1402");
        await (await client.SendAsync(HttpMethod.Put, url, new { jobsProvided = 14, revenue = new { amount = 4_600_000_000m }, reason = "seasonal jobs" }, null))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var etag = await client.ETagAsync(url);
        var corrected = await client.SendAsync(HttpMethod.Put, url, new { jobsProvided = 14, revenue = new { amount = 4_600_000_000m }, reason = "seasonal jobs" }, etag)
            .ShouldBeAsync<AnnualReturnResponse>(HttpStatusCode.OK);
        Assert.Equal(14, corrected.JobsProvided);
        Assert.Equal(1, corrected.Corrections);
        await (await client.SendAsync(HttpMethod.Put, url, new { jobsProvided = 15, revenue = new { amount = 1m }, reason = "stale" }, etag))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await probe.WaitForAsync<AnnualReturnFiled>(e => e.CooperativeId == cooperative.Id && e.JobsProvided == 14);

        var history = await client.GetAsync(Url(cooperative.Id, "annual-returns/history?year=1402"))
            .ShouldBeAsync<PagedList<GetAnnualReturnHistory.HistoryEntry>>(HttpStatusCode.OK);
        Assert.Equal(["created", "updated"], history.Items.Select(h => h.Action));
        var correction = history.Items[1];
        Assert.Equal(12, correction.OldValues!.Value.GetProperty("JobsProvided").GetInt32());
        Assert.Equal(14, correction.NewValues!.Value.GetProperty("JobsProvided").GetInt32());
        Assert.Equal("seasonal jobs", correction.NewValues!.Value.GetProperty("LastCorrectionReason").GetString());
        // The revenue's old and new figures are kept too, under the names of their columns.
        Assert.Equal(4_500_000_000m, correction.OldValues!.Value.GetProperty("RevenueAmount").GetDecimal());
        Assert.Equal(4_600_000_000m, correction.NewValues!.Value.GetProperty("RevenueAmount").GetDecimal());
        Assert.Equal("IRR", history.Items[0].NewValues!.Value.GetProperty("RevenueCurrency").GetString());

        var list = await service.ClientFor(Roles.Supervisor, "fars").GetAsync(Url(cooperative.Id, "annual-returns"))
            .ShouldBeAsync<PagedList<AnnualReturnResponse>>(HttpStatusCode.OK);
        Assert.Equal(1402, Assert.Single(list.Items).Year);
    }

    [Fact]
    public async Task Bad_years_currencies_and_figures_answer_400()
    {
        var cooperative = await service.RegisterAsync(registeredOn: LongAgo);
        var client = service.Registrar();
        var url = Url(cooperative.Id, "annual-returns");
        await (await client.PostJsonAsync(url, new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "year", "jobsProvided", "revenue");
        await (await client.PostJsonAsync(url, Return(1398))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "year"); // before registration
        await (await client.PostJsonAsync(url, Return(1500))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "year");
        await (await client.PostJsonAsync(url, Return(1401, currency: "KZT"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "revenue.currency");
        await (await client.PostJsonAsync(url, Return(1401, jobs: -1, amount: -5))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "jobsProvided", "revenue.amount");
        await (await client.PostJsonAsync(url, new { year = 1401, jobsProvided = 1, revenue = new { currency = "IRR" } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "revenue.amount");

        (await client.PostJsonAsync(url, Return(1401, currency: null))).EnsureSuccessStatusCode(); // the region's currency by default
        await (await client.SendAsync(HttpMethod.Put, Url(cooperative.Id, "annual-returns/1401"), new { jobsProvided = 1, revenue = new { amount = 1m } }, "*"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "reason");
        Assert.Equal("correction-changes-nothing", await client.SendAsync(HttpMethod.Put, Url(cooperative.Id, "annual-returns/1401"),
            new { jobsProvided = 12, revenue = new { amount = 4_500_000_000m }, reason = "none" }, "*").CodeAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url(cooperative.Id, "annual-returns/1400"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Put, Url(cooperative.Id, "annual-returns/1400"),
            new { jobsProvided = 1, revenue = new { amount = 1m }, reason = "x" }, "*")).StatusCode);
    }

    [Fact]
    public async Task A_founding_file_files_no_return()
    {
        var client = service.Registrar();
        var file = await client.PostJsonAsync(Registry, NewCooperative()).ShouldBeAsync<Features.Registry.CooperativeResponse>(HttpStatusCode.Created);
        Assert.Equal("cooperative-not-registered-or-dissolved", await client.PostJsonAsync(Url(file.Id, "annual-returns"), Return(1403)).CodeAsync());
    }

    [Fact]
    public async Task Almaty_files_calendar_years_in_tenge()
    {
        var cooperative = await service.RegisterAsync("almaty", registeredOn: LongAgo);
        var filed = await service.Registrar("almaty").PostJsonAsync(Url(cooperative.Id, "annual-returns"), Return(2021, currency: "KZT"))
            .ShouldBeAsync<AnnualReturnResponse>(HttpStatusCode.Created);
        Assert.Equal("gregorian", filed.Calendar);
        Assert.Equal("KZT", filed.Revenue.Currency);
    }

    [Fact]
    public async Task Other_regions_citizens_wrong_roles_and_anonymous_callers_are_kept_out()
    {
        var cooperative = await service.RegisterAsync(registeredOn: LongAgo);
        (await service.Registrar().PostJsonAsync(Url(cooperative.Id, "annual-returns"), Return(1400))).EnsureSuccessStatusCode();
        var ilam = service.Registrar("ilam");
        Assert.Equal(HttpStatusCode.NotFound, (await ilam.PostJsonAsync(Url(cooperative.Id, "annual-returns"), Return(1401))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ilam.GetAsync(Url(cooperative.Id, "annual-returns"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ilam.GetAsync(Url(cooperative.Id, "annual-returns/1400"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ilam.GetAsync(Url(cooperative.Id, "annual-returns/history"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ilam.SendAsync(HttpMethod.Put, Url(cooperative.Id, "annual-returns/1400"),
            new { jobsProvided = 1, revenue = new { amount = 1m }, reason = "x" }, "*")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Supervisor, "fars").PostJsonAsync(Url(cooperative.Id, "annual-returns"), Return(1401))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.ClientFor(Roles.Supervisor, "fars").GetAsync(Url(cooperative.Id, "annual-returns/history"))).StatusCode);

        // A member sees the returns but not the audit trail (officers only).
        var nationalId = NationalIds.NewIranian();
        await service.AddMemberAsync(cooperative.Id, nationalId: nationalId);
        var citizen = service.ClientFor(Roles.Citizen, "fars", nationalId: nationalId);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(Url(cooperative.Id, "annual-returns/1400"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync(Url(cooperative.Id, "annual-returns/history"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(Url(cooperative.Id, "annual-returns"))).StatusCode);
    }
}
