using LabourWelfare.Contracts;
using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.EnergyProjects;

/// <summary>Installing → Operational (If-Match): the capacity now counts towards the region's target. Publishes EnergyProjectCommissioned.</summary>
public static class CommissionEnergyProject
{
    public static void MapCommissionEnergyProject(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/energy-projects/{projectId:guid}/commission", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(CommissionEnergyProject))
            .WithSummary("Commission an energy project")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<EnergyProjectResponse>> Handle(
        Guid id, Guid projectId, CallerContext caller, CooperativesDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var cooperative = await db.FindWritableAsync(caller, id, cancellationToken);
        var project = await db.EnergyProjects.FirstOrDefaultAsync(p => p.Id == projectId && p.CooperativeId == id, cancellationToken)
            ?? throw new NotFoundException("The energy project");
        ETags.RequireMatch(http, project.Version);
        var now = clock.GetUtcNow();
        project.Commission(cooperative, clock.Today());
        db.AddEvent(EnergyProjectEvents.Commissioned(project), project.Region, now);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, project.Version);
        return TypedResults.Ok(EnergyProjectResponse.From(project));
    }
}
