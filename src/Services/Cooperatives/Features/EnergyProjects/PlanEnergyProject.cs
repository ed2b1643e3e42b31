using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Cooperatives.Features.EnergyProjects;

/// <summary>Records a planned renewable energy project of a registered or active cooperative (capacity in MW).</summary>
public static class PlanEnergyProject
{
    public sealed record Request(string? Name, EnergyTechnology? Technology, decimal? CapacityMw);

    public static void MapPlanEnergyProject(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/energy-projects", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(PlanEnergyProject))
            .WithSummary("Record a planned energy project")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    internal static async Task<Created<EnergyProjectResponse>> Handle(
        Guid id, Request request, CallerContext caller, CooperativesDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        new FieldErrors()
            .Required("name", request.Name).MaxLength("name", request.Name, 300)
            .Required("technology", request.Technology)
            .Required("capacityMw", request.CapacityMw)
            .ThrowIfAny();
        var cooperative = await db.FindWritableAsync(caller, id, cancellationToken);
        var project = EnergyProject.Plan(cooperative, request.Name!.Trim(), request.Technology!.Value, request.CapacityMw!.Value,
            clock.GetUtcNow());
        db.EnergyProjects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, project.Version);
        return TypedResults.Created($"/api/cooperatives/cooperatives/{id}/energy-projects/{project.Id}", EnergyProjectResponse.From(project));
    }
}
