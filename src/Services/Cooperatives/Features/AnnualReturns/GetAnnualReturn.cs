using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.AnnualReturns;

/// <summary>Reads a cooperative's return for one year (with its ETag, for corrections).</summary>
public static class GetAnnualReturn
{
    public static void MapGetAnnualReturn(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/annual-returns/{year:int}", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetAnnualReturn))
            .WithSummary("Read an annual return")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<AnnualReturnResponse>> Handle(
        Guid id, int year, CallerContext caller, CooperativesDbContext db, RegionCatalog regions, HttpContext http,
        CancellationToken cancellationToken)
    {
        var cooperative = await db.FindReadableAsync(caller, id, cancellationToken);
        var annualReturn = await db.AnnualReturns.AsNoTracking()
            .FirstOrDefaultAsync(r => r.CooperativeId == id && r.Year == year, cancellationToken)
            ?? throw new NotFoundException($"The return for {year}");
        ETags.Set(http, annualReturn.Version);
        return TypedResults.Ok(AnnualReturnResponse.From(annualReturn, regions.Get(cooperative.Region)));
    }
}
