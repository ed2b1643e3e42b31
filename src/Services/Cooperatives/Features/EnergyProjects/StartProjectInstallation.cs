using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.EnergyProjects;

/// <summary>Planned → Installing (If-Match).</summary>
public static class StartProjectInstallation
{
    public static void MapStartProjectInstallation(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/energy-projects/{projectId:guid}/start-installation", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(StartProjectInstallation))
            .WithSummary("Start installing an energy project")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<EnergyProjectResponse>> Handle(
        Guid id, Guid projectId, CallerContext caller, CooperativesDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var cooperative = await db.FindWritableAsync(caller, id, cancellationToken);
        var project = await db.EnergyProjects.FirstOrDefaultAsync(p => p.Id == projectId && p.CooperativeId == id, cancellationToken)
            ?? throw new NotFoundException("The energy project");
        ETags.RequireMatch(http, project.Version);
        project.StartInstallation(cooperative, clock.Today());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, project.Version);
        return TypedResults.Ok(EnergyProjectResponse.From(project));
    }
}
