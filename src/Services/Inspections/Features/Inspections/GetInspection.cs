using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Inspections;

public static class GetInspection
{
    public static void MapGetInspection(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetInspection))
            .WithSummary("Read an inspection with its answers and findings")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<InspectionResponse>> Handle(
        Guid id, CallerContext caller, InspectionsDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var inspection = await db.InspectionAsync(id, caller, cancellationToken);
        var followUp = await db.Inspections.Where(i => i.FollowUpOf == id).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken);
        ETags.Set(http, inspection.Version);
        return TypedResults.Ok(InspectionResponse.From(inspection, followUp));
    }
}
