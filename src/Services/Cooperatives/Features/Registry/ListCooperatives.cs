using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.Registry;

/// <summary>
/// The registry of the caller's region (admins: any region, or all), by name then id, a page at a time, filtered by
/// status, sector, the below-minimum flag and a search on name or number. Citizens get the cooperatives they belong to.
/// </summary>
public static class ListCooperatives
{
    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, CooperativesDbContext Db, RegionCatalog Regions, CancellationToken CancellationToken);

    public static void MapListCooperatives(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(ListCooperatives))
            .WithSummary("List cooperatives");

    internal static async Task<Ok<PagedList<CooperativeResponse>>> Handle(
        [AsParameters] Services services, string? region = null, string? status = null, string? sector = null,
        bool? belowMinimum = null, string? search = null, int? page = null, int? pageSize = null)
    {
        var (caller, db, regions, cancellationToken) = services;
        var paging = PageRequest.From(page, pageSize);
        var statusFilter = KebabCase.Parse<CooperativeStatus>(status, "status");
        var sectorFilter = KebabCase.Parse<CooperativeSector>(sector, "sector");
        // Officers naming another region are refused (403), as in every list of the platform; members filter theirs.
        if (region is not null && !caller.IsAdmin && caller.HasRole(Roles.Registrar, Roles.Supervisor)) caller.RequireRegionFor(region);
        var query = db.ReadableBy(caller).AsNoTracking();
        if (region is not null) query = query.Where(c => c.Region == region.ToLowerInvariant());
        if (statusFilter is not null) query = query.Where(c => c.Status == statusFilter);
        if (sectorFilter is not null) query = query.Where(c => c.Sector == sectorFilter);
        if (belowMinimum is not null) query = query.Where(c => (c.BelowMinimumSince != null) == belowMinimum);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + DigitNormalizer.NormalizeForSearch(search).Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(c => EF.Functions.Like(c.SearchKey, pattern));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(c => c.Name).ThenBy(c => c.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Select(c => new { Cooperative = c, Active = db.Members.Count(m => m.CooperativeId == c.Id && m.LeftOn == null) })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => CooperativeResponse.From(r.Cooperative, r.Active, regions)).ToList();
        return TypedResults.Ok(new PagedList<CooperativeResponse>(items, paging.Page, paging.PageSize, total));
    }
}
