using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Checklists;

/// <summary>Lists the latest version of each checklist of the region (or every version of one code), by code then version.</summary>
public static class ListChecklists
{
    public static void MapListChecklists(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(ListChecklists))
            .WithSummary("List checklists (latest versions; ?code= for every version of one)");

    internal static async Task<Ok<PagedList<ChecklistResponse>>> Handle(
        CallerContext caller, InspectionsDbContext db, CancellationToken cancellationToken,
        string? region = null, string? code = null, int? page = null, int? pageSize = null)
    {
        var paging = PageRequest.From(page, pageSize);
        var scope = caller.ListRegion(region);
        var all = db.ChecklistTemplates.AsNoTracking().Where(t => t.Region == scope || (scope == null && caller.IsAdmin));
        IQueryable<ChecklistTemplate> query;
        if (code is not null)
        {
            var normalized = ChecklistTemplate.NormalizeCode(code);
            query = all.Where(t => t.Code == normalized);
        }
        else
        {
            query = all.Where(t => !all.Any(n => n.Region == t.Region && n.Code == t.Code && n.Version > t.Version));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(t => t.Code).ThenByDescending(t => t.Version).ThenBy(t => t.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var latest = await all.Where(t => items.Select(i => i.Code).Contains(t.Code))
            .GroupBy(t => new { t.Region, t.Code }).Select(g => new { g.Key.Region, g.Key.Code, Version = g.Max(t => t.Version) })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<ChecklistResponse>(
            items.Select(t => ChecklistResponse.From(t, latest.Any(l => l.Region == t.Region && l.Code == t.Code && l.Version == t.Version))).ToList(),
            paging.Page, paging.PageSize, total));
    }
}
