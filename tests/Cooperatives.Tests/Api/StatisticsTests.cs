using System.Net;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.Statistics;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using static LabourWelfare.Cooperatives.Tests.TestData;

namespace LabourWelfare.Cooperatives.Tests;

public sealed class StatisticsTests(CooperativesFactory service) : IClassFixture<CooperativesFactory>
{
    [Fact]
    public async Task A_region_year_counts_cooperatives_members_jobs_and_MW_with_a_Solar_Hijri_label()
    {
        var client = service.Registrar("ilam");
        var registeredOn = new DateOnly(2024, 5, 1); // 1403
        var solar = await service.RegisterAsync("ilam", "renewable-energy", registeredOn: registeredOn);
        var housing = await service.RegisterAsync("ilam", "housing", registeredOn: registeredOn);
        (await client.PostJsonAsync(Registry, NewCooperative("ilam"))).EnsureSuccessStatusCode(); // a founding file
        (await client.SendAsync(HttpMethod.Post, Url(housing.Id, "dissolve"), new { reason = "merger", dissolvedOn = "2024-12-01" }, "*")).EnsureSuccessStatusCode();
        (await client.PostJsonAsync(Url(solar.Id, "annual-returns"), new { year = 1403, jobsProvided = 9, revenue = new { amount = 1_000m } })).EnsureSuccessStatusCode();
        var project = await client.PostJsonAsync(Url(solar.Id, "energy-projects"), new { name = "PV", technology = "solar", capacityMw = 5m })
            .ShouldBeAsync<Features.EnergyProjects.EnergyProjectResponse>(HttpStatusCode.Created);
        (await client.PostJsonAsync(Url(solar.Id, "energy-projects"), new { name = "Wind", technology = "wind", capacityMw = 3m })).EnsureSuccessStatusCode();
        foreach (var action in new[] { "start-installation", "commission" })
            (await client.SendAsync(HttpMethod.Post, Url(solar.Id, $"energy-projects/{project.Id}/{action}"), null, "*")).EnsureSuccessStatusCode();

        var stats = await client.GetAsync($"{Statistics}?year=1403").ShouldBeAsync<GetRegionStatistics.Response>(HttpStatusCode.OK);

        Assert.Equal("ilam", stats.Region);
        Assert.Equal("solar-hijri", stats.Label.Calendar);
        Assert.Equal("Farvardin 1403 – Esfand 1403", stats.Label.Label);
        Assert.Equal(new DateOnly(2024, 3, 20), stats.From);
        Assert.Equal(3, stats.Cooperatives.Total);
        Assert.Equal(1, stats.Cooperatives.ByStatus.Single(s => s.Status == CooperativeStatus.Registered).Count);
        Assert.Equal(1, stats.Cooperatives.ByStatus.Single(s => s.Status == CooperativeStatus.Founding).Count);
        Assert.Equal(1, stats.Cooperatives.ByStatus.Single(s => s.Status == CooperativeStatus.Dissolved).Count);
        Assert.Equal(0, stats.Cooperatives.BySector.Single(s => s.Sector == CooperativeSector.Housing).Count); // dissolved
        Assert.Equal(1, stats.Cooperatives.BySector.Single(s => s.Sector == CooperativeSector.RenewableEnergy).Count);
        Assert.Equal(2, stats.Cooperatives.RegisteredInPeriod);
        Assert.Equal(1, stats.Cooperatives.DissolvedInPeriod);
        Assert.Equal(7, stats.Members.Active); // the dissolved one's members no longer count
        Assert.Equal(14, stats.Members.JoinedInPeriod);
        Assert.Equal(9, stats.AnnualReturns.JobsProvided);
        Assert.Equal("IRR", Assert.Single(stats.AnnualReturns.Revenue).Currency);
        Assert.Equal(5m, stats.Energy.OperationalMw);
        Assert.Equal(3m, stats.Energy.PlannedMw);
        // Ilam has no published target: no figure is invented, so there is no progress to show.
        Assert.False(stats.Energy.HasTarget);
        Assert.Null(stats.Energy.TargetMw);
        Assert.Null(stats.Energy.ProgressPercent);
    }

    [Fact]
    public async Task Almaty_reads_Gregorian_years_and_the_admin_names_a_region()
    {
        await service.RegisterAsync("almaty", registeredOn: new DateOnly(2024, 2, 1));
        var stats = await service.ClientFor(Roles.Admin, null).GetAsync($"{Statistics}?region=almaty&year=2024")
            .ShouldBeAsync<GetRegionStatistics.Response>(HttpStatusCode.OK);
        Assert.Equal("gregorian", stats.Label.Calendar);
        Assert.Equal(new DateOnly(2024, 12, 31), stats.To);
        Assert.True(stats.Cooperatives.RegisteredInPeriod >= 1);
        Assert.False(stats.Energy.HasTarget);
    }

    [Fact]
    public async Task Bad_parameters_other_regions_and_wrong_roles_are_refused()
    {
        await (await service.ClientFor(Roles.Admin, null).GetAsync(Statistics)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "region");
        await (await service.Registrar().GetAsync($"{Statistics}?region=atlantis")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "region");
        await (await service.Registrar().GetAsync($"{Statistics}?year=1700")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "year");
        await (await service.Registrar().GetAsync($"{Statistics}?region=qom")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await service.ClientFor(Roles.Supervisor, "qom").GetAsync(Statistics)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Citizen, "fars", nationalId: NationalIds.NewIranian()).GetAsync(Statistics)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(Statistics)).StatusCode);
    }

    [Fact]
    public async Task Statistics_count_a_full_registry_of_1250_cooperatives_and_40000_members()
    {
        // Seeded in SQL: a realistic volume for one region, more than any test would create through the API.
        await using (var connection = await service.Database.OpenAsync())
        {
            await using var seed = connection.CreateCommand();
            seed.CommandText = """
                INSERT INTO cooperatives ("Id", "Region", "RegistrationNumber", "Name", "SearchKey", "Sector", "Status", "RegisteredOn", "CreatedAt", "CreatedBy")
                SELECT gen_random_uuid(), 'ardabil', 'SEED-' || i, 'Seed ' || i, 'seed ' || i,
                       (ARRAY['Production','Agriculture','Housing','Consumer','Services','RenewableEnergy','Credit'])[1 + i % 7],
                       (ARRAY['Registered','Active','Active','Suspended','Dissolved'])[1 + i % 5],
                       DATE '2015-01-01' + (i % 3000), now(), 'seed'
                FROM generate_series(1, 1250) AS i;
                INSERT INTO members ("Id", "CooperativeId", "Region", "NationalId", "FullName", "Shares", "IsFounder", "JoinedOn", "LeftOn", "CreatedAt")
                SELECT gen_random_uuid(), c."Id", 'ardabil', lpad((n::bigint * 7919 % 9999999999)::text, 10, '0'), 'Member', 1, false,
                       DATE '2016-01-01' + (n % 3000)::int, CASE WHEN n % 9 = 0 THEN DATE '2024-06-01' END, now()
                FROM (SELECT "Id", row_number() OVER () AS r FROM cooperatives WHERE "Region" = 'ardabil' AND "RegistrationNumber" LIKE 'SEED-%') c
                CROSS JOIN LATERAL generate_series(c.r * 32, c.r * 32 + 31) AS n;
                ANALYZE cooperatives; ANALYZE members;
                """;
            await seed.ExecuteNonQueryAsync();
        }
        var client = service.ClientFor(Roles.Supervisor, "ardabil");

        // Correct at volume; how fast is a benchmark's question, not a test's (a timed assertion fails on a loaded machine).
        var stats = await client.GetAsync($"{Statistics}?year=1403").ShouldBeAsync<GetRegionStatistics.Response>(HttpStatusCode.OK);

        Assert.True(stats.Cooperatives.Total >= 1250);
        Assert.True(stats.Members.Active > 25_000, $"active members {stats.Members.Active}");
    }
}
