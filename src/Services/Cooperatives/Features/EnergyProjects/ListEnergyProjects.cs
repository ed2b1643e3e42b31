using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.EnergyProjects;

/// <summary>A cooperative's energy projects, oldest first, optionally by status.</summary>
public static class ListEnergyProjects
{
    public static void MapListEnergyProjects(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/energy-projects", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(ListEnergyProjects))
            .WithSummary("List a cooperative's energy projects")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<PagedList<EnergyProjectResponse>>> Handle(
        Guid id, CallerContext caller, CooperativesDbContext db, CancellationToken cancellationToken,
        string? status = null, int? page = null, int? pageSize = null)
    {
        var paging = PageRequest.From(page, pageSize);
        var statusFilter = KebabCase.Parse<EnergyProjectStatus>(status, "status");
        await db.FindReadableAsync(caller, id, cancellationToken);
        var query = db.EnergyProjects.AsNoTracking().Where(p => p.CooperativeId == id);
        if (statusFilter is not null) query = query.Where(p => p.Status == statusFilter);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<EnergyProjectResponse>(
            items.Select(EnergyProjectResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }
}
