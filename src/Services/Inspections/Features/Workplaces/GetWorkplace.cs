using LabourWelfare.Inspections.Data;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Workplaces;

/// <summary>Reads one workplace; another region's answers 404.</summary>
public static class GetWorkplace
{
    public static void MapGetWorkplace(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetWorkplace))
            .WithSummary("Read a workplace");

    internal static async Task<Results<Ok<WorkplaceResponse>, NotFound>> Handle(
        Guid id, CallerContext caller, InspectionsDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var workplace = await db.Workplaces.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (workplace is null || !caller.CanAccessRegion(workplace.Region)) return TypedResults.NotFound();
        ETags.Set(http, workplace.Version);
        return TypedResults.Ok(WorkplaceResponse.From(workplace));
    }
}
