using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.EnergyProjects;

/// <summary>Reads one energy project (with its ETag, for moving it on).</summary>
public static class GetEnergyProject
{
    public static void MapGetEnergyProject(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/energy-projects/{projectId:guid}", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetEnergyProject))
            .WithSummary("Read an energy project")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<EnergyProjectResponse>> Handle(
        Guid id, Guid projectId, CallerContext caller, CooperativesDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        await db.FindReadableAsync(caller, id, cancellationToken);
        var project = await db.EnergyProjects.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == projectId && p.CooperativeId == id, cancellationToken)
            ?? throw new NotFoundException("The energy project");
        ETags.Set(http, project.Version);
        return TypedResults.Ok(EnergyProjectResponse.From(project));
    }
}
