using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Workplaces;

/// <summary>Reads one workplace with its ambassadors; another region's answers 404.</summary>
public static class GetWorkplace
{
    public static void MapGetWorkplace(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetWorkplace))
            .WithSummary("Read a workplace")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<WorkplaceResponse>> Handle(
        Guid id, CallerContext caller, InspectionsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var workplace = await db.Workplaces.AsNoTracking().Include(w => w.Ambassadors).Include(w => w.Disputes)
            .AsSplitQuery().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (workplace is null || !caller.CanAccessRegion(workplace.Region)) throw new NotFoundException("Workplace");
        ETags.Set(http, workplace.Version);
        return TypedResults.Ok(WorkplaceResponse.From(workplace, clock.Today()));
    }
}
