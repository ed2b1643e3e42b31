using LabourWelfare.Cooperatives.Data;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.Registry;

/// <summary>Reads one cooperative; another region's record answers 404, as if it did not exist.</summary>
public static class GetCooperative
{
    public static void MapGetCooperative(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetCooperative))
            .WithSummary("Read a cooperative");

    internal static async Task<Results<Ok<CooperativeResponse>, NotFound>> Handle(
        Guid id, CallerContext caller, CooperativesDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var cooperative = await db.Cooperatives.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cooperative is null || !caller.CanAccessRegion(cooperative.Region) || caller.IsCitizenOnly)
            return TypedResults.NotFound();
        ETags.Set(http, cooperative.Version);
        return TypedResults.Ok(CooperativeResponse.From(cooperative));
    }
}
