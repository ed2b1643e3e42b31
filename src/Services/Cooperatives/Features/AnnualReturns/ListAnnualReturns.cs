using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.AnnualReturns;

/// <summary>A cooperative's returns, newest year first, a page at a time.</summary>
public static class ListAnnualReturns
{
    public static void MapListAnnualReturns(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/annual-returns", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(ListAnnualReturns))
            .WithSummary("List a cooperative's annual returns")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<PagedList<AnnualReturnResponse>>> Handle(
        Guid id, CallerContext caller, CooperativesDbContext db, RegionCatalog regions, CancellationToken cancellationToken,
        int? page = null, int? pageSize = null)
    {
        var paging = PageRequest.From(page, pageSize);
        var cooperative = await db.FindReadableAsync(caller, id, cancellationToken);
        var region = regions.Get(cooperative.Region);
        var query = db.AnnualReturns.AsNoTracking().Where(r => r.CooperativeId == id);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.Year).ThenBy(r => r.Id).Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<AnnualReturnResponse>(
            items.Select(r => AnnualReturnResponse.From(r, region)).ToList(), paging.Page, paging.PageSize, total));
    }
}
