using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.EnergyProjects;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using static LabourWelfare.Cooperatives.Tests.TestData;

namespace LabourWelfare.Cooperatives.Tests;

public sealed class EnergyProjectTests(CooperativesFactory service) : IClassFixture<CooperativesFactory>
{
    private async Task<EnergyProjectResponse> Move(Guid id, Guid projectId, string action)
    {
        var client = service.Registrar();
        var url = Url(id, $"energy-projects/{projectId}");
        return await client.SendAsync(HttpMethod.Post, $"{url}/{action}", null, await client.ETagAsync(url))
            .ShouldBeAsync<EnergyProjectResponse>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_project_is_planned_installed_and_commissioned_which_publishes_EnergyProjectCommissioned()
    {
        await using var probe = await EventProbe.StartAsync(service.VirtualHost.AmqpUri);
        var cooperative = await service.RegisterActiveAsync(sector: "renewable-energy");
        var client = service.Registrar();
        var project = await client.PostJsonAsync(Url(cooperative.Id, "energy-projects"), new { name = "Marvdasht solar farm", technology = "solar", capacityMw = 2.75m })
            .ShouldBeAsync<EnergyProjectResponse>(HttpStatusCode.Created);
        Assert.Equal(EnergyProjectStatus.Planned, project.Status);

        var url = Url(cooperative.Id, $"energy-projects/{project.Id}");
        Assert.Equal("transition-not-allowed", await client.SendAsync(HttpMethod.Post, $"{url}/commission", null, await client.ETagAsync(url)).CodeAsync());
        Assert.Equal(EnergyProjectStatus.Installing, (await Move(cooperative.Id, project.Id, "start-installation")).Status);
        var operational = await Move(cooperative.Id, project.Id, "commission");
        Assert.Equal(EnergyProjectStatus.Operational, operational.Status);

        var commissioned = await probe.WaitForAsync<EnergyProjectCommissioned>(e => e.ProjectId == project.Id);
        Assert.Equal(2.75m, commissioned.CapacityMw);
        Assert.Equal("solar", commissioned.Technology);
        Assert.Equal(cooperative.Id, commissioned.CooperativeId);

        var list = await client.GetAsync($"{Url(cooperative.Id, "energy-projects")}?status=operational")
            .ShouldBeAsync<PagedList<EnergyProjectResponse>>(HttpStatusCode.OK);
        Assert.Equal(project.Id, Assert.Single(list.Items).Id);
    }

    [Fact]
    public async Task Bad_input_stale_ETags_and_closed_cooperatives_are_refused()
    {
        var cooperative = await service.RegisterAsync();
        var client = service.Registrar();
        var url = Url(cooperative.Id, "energy-projects");
        await (await client.PostJsonAsync(url, new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "name", "technology", "capacityMw");
        await (await client.PostJsonAsync(url, new { name = "X", technology = "nuclear", capacityMw = 1 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "technology");
        await (await client.PostJsonAsync(url, new { name = "X", technology = "wind", capacityMw = 0 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "capacityMw");

        var project = await client.PostJsonAsync(url, new { name = "X", technology = "wind", capacityMw = 1 }).ShouldBeAsync<EnergyProjectResponse>(HttpStatusCode.Created);
        var projectUrl = $"{url}/{project.Id}";
        await (await client.SendAsync(HttpMethod.Post, $"{projectUrl}/start-installation", null, null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await client.SendAsync(HttpMethod.Post, $"{projectUrl}/start-installation", null, "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);

        (await client.SendAsync(HttpMethod.Post, Url(cooperative.Id, "suspend"), new { reason = "irregularities" }, "*")).EnsureSuccessStatusCode();
        Assert.Equal("cooperative-not-operating", await client.SendAsync(HttpMethod.Post, $"{projectUrl}/start-installation", null, "*").CodeAsync());
        Assert.Equal("cooperative-not-operating", await client.PostJsonAsync(url, new { name = "Y", technology = "solar", capacityMw = 1 }).CodeAsync());
    }

    [Fact]
    public async Task Other_regions_wrong_roles_and_anonymous_callers_are_kept_out()
    {
        var cooperative = await service.RegisterAsync();
        var project = await service.Registrar().PostJsonAsync(Url(cooperative.Id, "energy-projects"), new { name = "X", technology = "biomass", capacityMw = 0.5m })
            .ShouldBeAsync<EnergyProjectResponse>(HttpStatusCode.Created);
        var projectUrl = Url(cooperative.Id, $"energy-projects/{project.Id}");
        var almaty = service.Registrar("almaty");
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.GetAsync(projectUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.GetAsync(Url(cooperative.Id, "energy-projects"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.PostJsonAsync(Url(cooperative.Id, "energy-projects"), new { name = "X", technology = "solar", capacityMw = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.SendAsync(HttpMethod.Post, $"{projectUrl}/start-installation", null, "*")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await almaty.SendAsync(HttpMethod.Post, $"{projectUrl}/commission", null, "*")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await service.Registrar().GetAsync(Url(cooperative.Id, $"energy-projects/{Guid.NewGuid()}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Supervisor, "fars").SendAsync(HttpMethod.Post, $"{projectUrl}/commission", null, "*")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.ClientFor(Roles.Supervisor, "fars").GetAsync(projectUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(projectUrl)).StatusCode);
    }
}
