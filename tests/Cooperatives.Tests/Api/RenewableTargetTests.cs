using System.Net;
using System.Text.Json;
using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Statistics;
using LabourWelfare.Cooperatives.Features.Targets;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LabourWelfare.Cooperatives.Tests.TestData;

namespace LabourWelfare.Cooperatives.Tests;

/// <summary>
/// A renewable-energy target is a fact with a source and a year: Qom's 53 MW from regions.json, none elsewhere until
/// the region's own admin records one (audited); statistics never show progress against an invented figure.
/// </summary>
public sealed class RenewableTargetTests(CooperativesFactory service) : IClassFixture<CooperativesFactory>
{
    private static string Target(string region) => $"/api/cooperatives/regions/{region}/renewable-target";

    [Fact]
    public async Task Qom_has_its_published_target_and_a_region_without_one_shows_no_progress()
    {
        var qom = await service.ClientFor(Roles.Supervisor, "qom").GetAsync(Statistics).ShouldBeAsync<GetRegionStatistics.Response>(HttpStatusCode.OK);
        Assert.True(qom.Energy.HasTarget);
        Assert.Equal(53m, qom.Energy.TargetMw);
        Assert.Equal("announced by Qom's Director-General", qom.Energy.Target!.Source);
        Assert.Equal(1404, qom.Energy.Target.Year);
        Assert.Equal("reference", qom.Energy.Target.Origin);

        var fars = await service.ClientFor(Roles.Supervisor, "fars").GetAsync(Statistics).ShouldBeAsync<GetRegionStatistics.Response>(HttpStatusCode.OK);
        Assert.False(fars.Energy.HasTarget);
        Assert.Null(fars.Energy.TargetMw);
        Assert.Null(fars.Energy.Target);
        Assert.Null(fars.Energy.ProgressPercent);
        await service.ClientFor(Roles.Supervisor, "fars").GetAsync(Target("fars")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_admin_of_the_region_records_and_changes_its_target_with_If_Match_and_each_change_is_audited()
    {
        var admin = service.ClientFor(Roles.Admin, "ilam", subject: "ilam-admin");
        var created = await admin.SendAsync(HttpMethod.Put, Target("ilam"), new { mw = 20m, source = "Ilam provincial plan", year = 1404 }, null);
        var first = await created.ShouldBeAsync<RenewableTargetResponse>(HttpStatusCode.Created);
        Assert.Equal(20m, first.Mw);
        Assert.Equal("Ilam provincial plan", first.Source);
        Assert.Equal(1404, first.Year);
        Assert.Equal("recorded", first.Origin);
        Assert.Equal("ilam-admin", first.SetBy);
        var etag = created.Headers.ETag?.ToString();
        Assert.NotNull(etag);

        await admin.SendAsync(HttpMethod.Put, Target("ilam"), new { mw = 30m, source = "revised plan", year = 1405 }, null)
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var changed = await admin.SendAsync(HttpMethod.Put, Target("ilam"), new { mw = 30m, source = "revised plan", year = 1404 }, etag);
        Assert.Equal(30m, (await changed.ShouldBeAsync<RenewableTargetResponse>(HttpStatusCode.OK)).Mw);
        await admin.SendAsync(HttpMethod.Put, Target("ilam"), new { mw = 40m, source = "stale", year = 1404 }, etag)
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);

        var stats = await service.ClientFor(Roles.Registrar, "ilam").GetAsync(Statistics).ShouldBeAsync<GetRegionStatistics.Response>(HttpStatusCode.OK);
        Assert.True(stats.Energy.HasTarget);
        Assert.Equal(30m, stats.Energy.TargetMw);
        Assert.Equal("revised plan", stats.Energy.Target!.Source);
        Assert.Equal(changed.Headers.ETag?.ToString(),
            (await service.ClientFor(Roles.Supervisor, "ilam").GetAsync(Target("ilam"))).Headers.ETag?.ToString());

        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CooperativesDbContext>();
        var trail = await db.AuditLog.AsNoTracking().Where(a => a.EntityType == "RegionalRenewableTarget" && a.EntityId == "ilam")
            .OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["created", "updated"], trail.Select(a => a.Action));
        Assert.All(trail, a => Assert.Equal("ilam-admin", a.ChangedBy));
        Assert.Equal(20m, JsonDocument.Parse(trail[1].OldValues!).RootElement.GetProperty("Mw").GetDecimal());
        Assert.Equal(30m, JsonDocument.Parse(trail[1].NewValues!).RootElement.GetProperty("Mw").GetDecimal());
    }

    [Fact]
    public async Task Admins_of_other_regions_and_other_roles_cannot_set_a_target_and_bad_figures_are_refused()
    {
        var body = new { mw = 10m, source = "somebody said so", year = 1404 };
        await service.ClientFor(Roles.Admin, "fars").SendAsync(HttpMethod.Put, Target("ardabil"), body, null).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await service.ClientFor(Roles.Admin, null).SendAsync(HttpMethod.Put, Target("ardabil"), body, null).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await service.ClientFor(Roles.Registrar, "ardabil").SendAsync(HttpMethod.Put, Target("ardabil"), body, null).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await service.ClientFor(Roles.Supervisor, "ardabil").SendAsync(HttpMethod.Put, Target("ardabil"), body, null).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await service.ClientFor(Roles.Admin, "ardabil").SendAsync(HttpMethod.Put, Target("ardabil"), new { mw = -1m, year = 99999 }, null)
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "mw", "source", "year");
        await service.ClientFor(Roles.Admin, "ardabil").SendAsync(HttpMethod.Put, Target("atlantis"), body, null).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var stats = await service.ClientFor(Roles.Supervisor, "ardabil").GetAsync(Statistics).ShouldBeAsync<GetRegionStatistics.Response>(HttpStatusCode.OK);
        Assert.False(stats.Energy.HasTarget);
    }
}
