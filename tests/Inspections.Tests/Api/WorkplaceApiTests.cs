using System.Net;
using LabourWelfare.Inspections.Features.Planning;
using LabourWelfare.Inspections.Features.Workplaces;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Inspections.Tests.TestData;

namespace LabourWelfare.Inspections.Tests.Api;

public sealed class WorkplaceApiTests(InspectionsFactory service) : IClassFixture<InspectionsFactory>
{
    private HttpClient Inspector(string region = "fars") => service.ClientFor(Roles.Inspector, region);

    [Fact]
    public async Task An_inspector_registers_reads_lists_and_updates_a_workplace()
    {
        var created = await WorkplaceAsync(Inspector(), workforce: 20);
        Assert.Equal("fars", created.Region);

        var read = await Inspector().GetAsync($"{WorkplacesUrl}/{created.Id}");
        Assert.Equal(created.Name, (await read.ShouldBeAsync<WorkplaceResponse>(HttpStatusCode.OK)).Name);

        var listed = await service.ClientFor(Roles.Supervisor, "fars").GetAsync($"{WorkplacesUrl}?registrationNumber={created.RegistrationNumber.ToLowerInvariant()}")
            .ShouldBeAsync<PagedList<WorkplaceResponse>>(HttpStatusCode.OK);
        Assert.Equal(created.Id, Assert.Single(listed.Items).Id);

        var update = new { name = "Renamed", county = "Marvdasht", sector = "construction", workforceSize = 80, employerName = "New Co" };
        await (await Inspector().SendWithIfMatch(HttpMethod.Put, $"{WorkplacesUrl}/{created.Id}", null, update)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var updated = await (await Inspector().SendWithIfMatch(HttpMethod.Put, $"{WorkplacesUrl}/{created.Id}", ETagOf(read), update))
            .ShouldBeAsync<WorkplaceResponse>(HttpStatusCode.OK);
        Assert.Equal(80, updated.WorkforceSize);
        Assert.True(updated.MissingAmbassador);
        await (await Inspector().SendWithIfMatch(HttpMethod.Put, $"{WorkplacesUrl}/{created.Id}", ETagOf(read), update)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await Inspector().SendWithIfMatch(HttpMethod.Put, $"{WorkplacesUrl}/{created.Id}", ETagOf(read), new { name = "" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "name", "sector", "workforceSize", "employerName");
    }

    [Fact]
    public async Task Bad_input_is_400_with_field_errors_and_a_taken_number_is_409_even_in_Persian_digits()
    {
        await Inspector().PostJsonAsync(WorkplacesUrl, new { region = "atlantis", workforceSize = -1 })
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "name", "sector", "workforceSize", "employerName", "registrationNumber", "region");
        await Inspector().PostJsonAsync(WorkplacesUrl, new { name = "x", sector = "mining" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sector");
        await Inspector().GetAsync($"{WorkplacesUrl}?pageSize=500").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "pageSize");

        var digits = Random.Shared.Next(100000, 999999).ToString();
        (await Inspector().PostJsonAsync(WorkplacesUrl, new { name = "a", sector = "industry", workforceSize = 5, employerName = "e", registrationNumber = "r-" + digits })).EnsureSuccessStatusCode();
        var duplicate = await Inspector().PostJsonAsync(WorkplacesUrl, new { name = "b", sector = "industry", workforceSize = 5, employerName = "e", registrationNumber = "R-" + InPersianDigits(digits) });
        Assert.Equal("registration-number-taken", (await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Other_regions_get_404_writing_elsewhere_is_403_supervisors_cannot_write_and_anonymous_is_401()
    {
        var created = await WorkplaceAsync(Inspector());
        var almaty = Inspector("almaty");
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.GetAsync($"{WorkplacesUrl}/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.GetAsync($"{WorkplacesUrl}/{created.Id}/risk")).StatusCode);
        await (await almaty.SendWithIfMatch(HttpMethod.Put, $"{WorkplacesUrl}/{created.Id}", "\"1\"", new { name = "x" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await almaty.PostJsonAsync($"{WorkplacesUrl}/{created.Id}/ambassadors", new { fullName = "x", appointedOn = "2025-01-01" }).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await almaty.GetAsync(WorkplacesUrl).ShouldBeAsync<PagedList<WorkplaceResponse>>(HttpStatusCode.OK)).Items, w => w.Id == created.Id);
        await almaty.PostJsonAsync(WorkplacesUrl, NewWorkplace("fars")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Supervisor, "fars").PostJsonAsync(WorkplacesUrl, NewWorkplace())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Citizen, "fars").GetAsync(WorkplacesUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(WorkplacesUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().PostJsonAsync(WorkplacesUrl, NewWorkplace())).StatusCode);
    }

    [Fact]
    public async Task A_big_workplace_without_an_ambassador_shows_as_such_until_one_is_appointed_and_coverage_is_reported()
    {
        var region = "qom";
        var client = Inspector(region);
        var big = await WorkplaceAsync(client, workforce: 120, region: region);
        Assert.True(big.MissingAmbassador);
        var missing = await client.GetAsync($"{WorkplacesUrl}?missingAmbassador=true&pageSize=100").ShouldBeAsync<PagedList<WorkplaceResponse>>(HttpStatusCode.OK);
        Assert.Contains(missing.Items, w => w.Id == big.Id);

        var before = Assert.Single(await client.GetAsync($"{WorkplacesUrl}/ambassador-coverage").ShouldBeAsync<List<GetAmbassadorCoverage.RegionCoverage>>(HttpStatusCode.OK));
        var ambassador = await client.PostJsonAsync($"{WorkplacesUrl}/{big.Id}/ambassadors", new { fullName = "Maryam Ahmadi", appointedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), trainedOn = "2024-05-01" })
            .ShouldBeAsync<AmbassadorResponse>(HttpStatusCode.Created);
        Assert.True(ambassador.Active);
        var after = Assert.Single(await client.GetAsync($"{WorkplacesUrl}/ambassador-coverage").ShouldBeAsync<List<GetAmbassadorCoverage.RegionCoverage>>(HttpStatusCode.OK));
        Assert.Equal(before.Covered + 1, after.Covered);
        Assert.False((await client.GetAsync($"{WorkplacesUrl}/{big.Id}").ShouldBeAsync<WorkplaceResponse>(HttpStatusCode.OK)).MissingAmbassador);

        var second = await client.PostJsonAsync($"{WorkplacesUrl}/{big.Id}/ambassadors", new { fullName = "Ali", appointedOn = "2025-01-01" });
        Assert.Equal("ambassador-already-active", (await second.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        await client.PostJsonAsync($"{WorkplacesUrl}/{big.Id}/ambassadors", new { }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "fullName", "appointedOn");

        var endUrl = $"{WorkplacesUrl}/{big.Id}/ambassadors/{ambassador.Id}/end";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await (await client.SendWithIfMatch(HttpMethod.Post, endUrl, null, new { endedOn = today })).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await client.SendWithIfMatch(HttpMethod.Post, endUrl, "\"1\"", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "endedOn");
        var etag = await CurrentETagAsync(client, $"{WorkplacesUrl}/{big.Id}");
        var ended = await (await client.SendWithIfMatch(HttpMethod.Post, endUrl, etag, new { endedOn = today })).ShouldBeAsync<AmbassadorResponse>(HttpStatusCode.OK);
        Assert.False(ended.Active);
        var again = await client.SendWithIfMatch(HttpMethod.Post, endUrl, await CurrentETagAsync(client, $"{WorkplacesUrl}/{big.Id}"), new { endedOn = today });
        Assert.Equal("ambassador-term-ended", (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());

        var admin = service.ClientFor(Roles.Admin, null);
        var all = await admin.GetAsync($"{WorkplacesUrl}/ambassador-coverage").ShouldBeAsync<List<GetAmbassadorCoverage.RegionCoverage>>(HttpStatusCode.OK);
        Assert.Contains(all, c => c.Region == region);
    }

    [Fact]
    public async Task A_workplace_risk_lists_its_factors()
    {
        var workplace = await WorkplaceAsync(Inspector(), workforce: 300, sector: "construction");
        var risk = await Inspector().GetAsync($"{WorkplacesUrl}/{workplace.Id}/risk").ShouldBeAsync<GetWorkplaceRisk.RiskResponse>(HttpStatusCode.OK);
        Assert.Equal(30 + 20 + 5, risk.Score);
        Assert.Contains(risk.Factors, f => f.Factor == "missing-health-ambassador");
    }
}
