using System.Net;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Inspections;
using LabourWelfare.Inspections.Features.Planning;
using LabourWelfare.Inspections.Features.Reports;
using LabourWelfare.Inspections.Features.Statistics;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Inspections.Tests.TestData;

namespace LabourWelfare.Inspections.Tests.Api;

/// <summary>Plan, statistics and the annual report, on a database of this class's own (figures are exact).</summary>
public sealed class ReportingApiTests(InspectionsFactory service) : IClassFixture<InspectionsFactory>
{
    private const string Plan = "/api/inspections/plan";
    private const string Statistics = "/api/inspections/statistics";
    private const string Annual = "/api/inspections/reports/annual";

    [Fact]
    public async Task The_plan_lists_the_riskiest_workplaces_first()
    {
        var client = service.ClientFor(Roles.Inspector, "ardabil");
        var office = await WorkplaceAsync(client, workforce: 5, sector: "services", region: "ardabil");
        var site = await WorkplaceAsync(client, workforce: 400, sector: "construction", region: "ardabil");

        var plan = await client.GetAsync(Plan).ShouldBeAsync<GetInspectionPlan.PlanResponse>(HttpStatusCode.OK);
        var order = plan.Entries.Items.Select(e => e.WorkplaceId).ToList();
        Assert.True(order.IndexOf(site.Id) < order.IndexOf(office.Id));
        Assert.Equal(1, plan.Entries.Items[0].Rank);
        Assert.Equal("solar-hijri", plan.Period.Calendar);

        var (inspection, _) = await ScheduledAsync(client, office.Id, (await ChecklistAsync(client)).Id);
        var unscheduled = await client.GetAsync($"{Plan}?unscheduledOnly=true&from={inspection.ScheduledOn:yyyy-MM-dd}").ShouldBeAsync<GetInspectionPlan.PlanResponse>(HttpStatusCode.OK);
        Assert.DoesNotContain(unscheduled.Entries.Items, e => e.WorkplaceId == office.Id);

        await client.GetAsync($"{Plan}?from=2025-02-01&to=2025-01-01").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "to");
        await service.ClientFor(Roles.Admin, null).GetAsync(Plan).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "region");
        Assert.DoesNotContain((await service.ClientFor(Roles.Supervisor, "almaty").GetAsync(Plan).ShouldBeAsync<GetInspectionPlan.PlanResponse>(HttpStatusCode.OK)).Entries.Items,
            e => e.WorkplaceId == site.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Citizen, "ardabil").GetAsync(Plan)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(Plan)).StatusCode);
    }

    [Fact]
    public async Task Statistics_count_the_period_and_compare_accidents_with_the_previous_year()
    {
        var client = service.ClientFor(Roles.Inspector, "ilam");
        var site = await WorkplaceAsync(client, workforce: 60, sector: "construction", region: "ilam");
        var now = DateTimeOffset.UtcNow;
        // A year earlier in the region's calendar can be a day off the Gregorian one: stay well inside the window.
        foreach (var at in new[] { now.AddHours(-2), now.AddYears(-1).AddDays(-3), now.AddYears(-1).AddDays(-4) })
        {
            (await client.PostJsonAsync(AccidentsUrl, new
            {
                workplaceId = site.Id, occurredAt = at, severity = "serious", description = "fall",
                injured = new[] { new { nationalId = IranianNationalId(), fullName = "A", injurySeverity = "serious" } },
            })).EnsureSuccessStatusCode();
        }
        var (inspection, _) = await InProgressAsync(client, site.Id, (await ChecklistAsync(client)).Id);
        var url = $"{InspectionsUrl}/{inspection.Id}";
        (await client.PostJsonAsync($"{url}/violations", new { category = "unpaid-wages", severity = "major", description = "3 months unpaid", provision = "Labour Law art. 37", correctiveDeadline = DateOnly.FromDateTime(now.UtcDateTime).AddDays(30), penaltyAmount = 1_000_000m })).EnsureSuccessStatusCode();
        (await client.PostJsonAsync($"{url}/recommendations", new { kind = "remote-work", text = "Office staff home" })).EnsureSuccessStatusCode();
        (await client.PostJsonAsync($"{url}/supplies", new { item = "sanitiser", quantity = 12 })).EnsureSuccessStatusCode();
        (await client.PostJsonAsync($"{url}/answers", AllAnswered())).EnsureSuccessStatusCode();
        (await client.SendWithIfMatch(HttpMethod.Post, $"{url}/complete", await CurrentETagAsync(client, url))).EnsureSuccessStatusCode();

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var stats = await service.ClientFor(Roles.Supervisor, "ilam").GetAsync($"{Statistics}?from={today.AddDays(-10):yyyy-MM-dd}&to={today:yyyy-MM-dd}")
            .ShouldBeAsync<GetStatistics.StatisticsResponse>(HttpStatusCode.OK);

        Assert.Equal(1, stats.AccidentFiles);
        Assert.Equal(2, stats.AccidentFilesPreviousYear);
        Assert.Equal(-50.0m, stats.AccidentChangePercent!.Value);
        var construction = Assert.Single(stats.AccidentsBySector);
        Assert.Equal(Sector.Construction, construction.Sector);
        Assert.Equal(-50.0m, construction.ChangePercent!.Value);
        Assert.Contains(stats.Violations, v => v is { Category: ViolationCategory.UnpaidWages, Severity: Severity.Major, Count: 1 });
        Assert.Equal(1, stats.Inspections.Completed);
        Assert.Equal(12, Assert.Single(stats.Supplies).Quantity);
        Assert.Equal(RecommendationKind.RemoteWork, Assert.Single(stats.Recommendations).Kind);
        Assert.Equal(1, stats.AmbassadorCoverage.WorkplacesRequiring);
        Assert.Equal(0, stats.AmbassadorCoverage.Covered);
        Assert.Equal("solar-hijri", stats.Period.Calendar);
        Assert.NotNull(stats.Period.From);

        var report = await client.GetAsync(Annual).ShouldBeAsync<GetAnnualReport.AnnualReport>(HttpStatusCode.OK);
        Assert.Equal("solar-hijri", report.Calendar);
        Assert.True(report.Year is > 1400 and < 1500);
        Assert.Equal(1, report.WorkplacesLiable);
        Assert.Equal(60, report.WorkersEmployed);
        Assert.Equal(1, report.Visits);
        Assert.Equal(1, report.InspectionStaff);
        Assert.Contains(report.ViolationsByProvision, p => p.Provision == "Labour Law art. 37");
        Assert.Equal("IRR", Assert.Single(report.Penalties).Currency);
        Assert.Equal(1_000_000m, report.Penalties[0].Amount);
        Assert.True(report.Accidents >= 1);
    }

    [Fact]
    public async Task Statistics_of_1402_compare_with_all_of_1401_so_29_Esfand_1401_counts_and_labels_are_in_the_callers_language()
    {
        var client = service.ClientFor(Roles.Inspector, "qom");
        var site = await WorkplaceAsync(client, workforce: 30, sector: "industry", region: "qom");
        // 29 Esfand 1401 (the last day of 1401), 1 Farvardin 1402 and 29 Esfand 1402 (the last day of 1402).
        foreach (var at in new[] { "2023-03-20T09:00:00Z", "2023-03-21T09:00:00Z", "2024-03-19T09:00:00Z" })
        {
            (await client.PostJsonAsync(AccidentsUrl, new
            {
                workplaceId = site.Id, occurredAt = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture),
                severity = "minor", description = "slip",
                injured = new[] { new { nationalId = IranianNationalId(), fullName = "A", injurySeverity = "minor" } },
            })).EnsureSuccessStatusCode();
        }
        var supervisor = service.ClientFor(Roles.Supervisor, "qom");
        supervisor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fa-IR");

        using var response = await supervisor.GetAsync($"{Statistics}?year=1402");
        var stats = await response.ShouldBeAsync<GetStatistics.StatisticsResponse>(HttpStatusCode.OK);

        Assert.Equal(new DateOnly(2023, 3, 21), stats.From);
        Assert.Equal(new DateOnly(2024, 3, 19), stats.To);
        Assert.Equal(2, stats.AccidentFiles);
        Assert.Equal(1, stats.AccidentFilesPreviousYear);
        Assert.Equal("فروردین ۱۴۰۲ – اسفند ۱۴۰۲", stats.Period.Label);
        Assert.Equal("fa", stats.Period.Language);
        Assert.Equal(1402, stats.Period.From.Year);
        Assert.Equal(1, stats.Period.From.Month);
        Assert.Equal(1402, stats.Period.To.Year);
        Assert.Equal(12, stats.Period.To.Month);
        Assert.Equal("فروردین ۱۴۰۱ – اسفند ۱۴۰۱", stats.PreviousPeriod.Label);
        Assert.Equal(new CalendarDate(1401, 12, 29), stats.PreviousPeriod.To);
        Assert.Equal("fa", response.Content.Headers.ContentLanguage.Single());

        var report = await service.ClientFor(Roles.Supervisor, "qom").GetAsync($"{Annual}?year=1401").ShouldBeAsync<GetAnnualReport.AnnualReport>(HttpStatusCode.OK);
        Assert.Equal(1401, report.Year);
        Assert.Equal(1, report.Accidents);
        Assert.Equal("Farvardin 1401 – Esfand 1401", report.Period.Label);
        var russian = service.ClientFor(Roles.Admin, null);
        russian.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        var almaty = await russian.GetAsync($"{Statistics}?region=almaty&year=2025").ShouldBeAsync<GetStatistics.StatisticsResponse>(HttpStatusCode.OK);
        Assert.Equal("январь 2025 – декабрь 2025", almaty.Period.Label);
        Assert.Equal(new CalendarDate(2024, 1, 1), almaty.PreviousPeriod.From);
    }

    [Fact]
    public async Task Report_parameters_are_years_of_the_region_calendar_and_unknown_ones_are_refused()
    {
        var inspector = service.ClientFor(Roles.Inspector, "ilam");
        await inspector.GetAsync($"{Statistics}?year=2025").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "year");
        await inspector.GetAsync($"{Statistics}?year=soon").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "year");
        await inspector.GetAsync($"{Statistics}?year=1402&from=2023-04-01&to=2023-05-01").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "year");
        await inspector.GetAsync($"{Statistics}?yaer=1402").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "yaer");
        await inspector.GetAsync($"{Annual}?year=1402&period=q1").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "period");
        var body = (await inspector.GetAsync($"{Statistics}?yaer=1402").ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ToString();
        Assert.DoesNotContain("Microsoft", body);
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"{Statistics}?year=1402")).StatusCode);
    }

    [Fact]
    public async Task Reports_check_their_input_region_and_roles()
    {
        await service.ClientFor(Roles.Inspector, "fars").GetAsync($"{Statistics}?from=2025-02-01&to=2025-01-01").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "to");
        await service.ClientFor(Roles.Inspector, "fars").GetAsync($"{Annual}?year=2025").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "year");
        await service.ClientFor(Roles.Admin, null).GetAsync(Statistics).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "region");
        var almaty = await service.ClientFor(Roles.Admin, null).GetAsync($"{Annual}?region=almaty&year=2025").ShouldBeAsync<GetAnnualReport.AnnualReport>(HttpStatusCode.OK);
        Assert.Equal("gregorian", almaty.Calendar);
        Assert.Equal(new DateOnly(2025, 1, 1), almaty.From);
        // An officer asking for another region's figures is refused; their own, named or not, is answered.
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Supervisor, "qom").GetAsync($"{Statistics}?region=ilam")).StatusCode);
        var own = await service.ClientFor(Roles.Supervisor, "qom").GetAsync($"{Statistics}?region=QOM").ShouldBeAsync<GetStatistics.StatisticsResponse>(HttpStatusCode.OK);
        Assert.Equal("qom", own.Region);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Citizen, "fars").GetAsync(Annual)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(Statistics)).StatusCode);
    }
}
