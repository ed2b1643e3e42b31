using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Campaigns;

/// <summary>Lists the region's campaigns by start date, then id.</summary>
public static class ListCampaigns
{
    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, InspectionsDbContext Db, CancellationToken CancellationToken);

    public static void MapListCampaigns(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(ListCampaigns))
            .WithSummary("List health campaigns (filters: kind, status, activeOn)");

    internal static async Task<Ok<PagedList<CampaignResponse>>> Handle(
        [AsParameters] Services services, string? region = null, string? kind = null, string? status = null,
        DateOnly? activeOn = null, int? page = null, int? pageSize = null)
    {
        var (caller, db, cancellationToken) = services;
        var paging = PageRequest.From(page, pageSize);
        var filterErrors = new FieldErrors();
        var kindFilter = KebabCase.Parse<CampaignKind>(kind, "kind", filterErrors);
        var statusFilter = KebabCase.Parse<CampaignStatus>(status, "status", filterErrors);
        filterErrors.ThrowIfAny();
        var scope = caller.ListRegion(region);
        var query = db.HealthCampaigns.AsNoTracking().Where(c => c.Region == scope || (scope == null && caller.IsAdmin));
        if (kindFilter is not null) query = query.Where(c => c.Kind == kindFilter);
        if (statusFilter is not null) query = query.Where(c => c.Status == statusFilter);
        if (activeOn is not null) query = query.Where(c => c.StartsOn <= activeOn && c.EndsOn >= activeOn);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(c => c.StartsOn).ThenBy(c => c.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Include(c => c.Participations).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<CampaignResponse>(items.Select(CampaignResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }
}
