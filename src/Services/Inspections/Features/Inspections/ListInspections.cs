using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Inspections;

/// <summary>Lists inspections of the region by scheduled date, then id.</summary>
public static class ListInspections
{
    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, InspectionsDbContext Db, TimeProvider Clock, CancellationToken CancellationToken);

    public static void MapListInspections(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(ListInspections))
            .WithSummary("List inspections (filters: workplaceId, status, campaignId, from, to, followUps, overdue)");

    internal static async Task<Ok<PagedList<InspectionSummary>>> Handle(
        [AsParameters] Services services, string? region = null, Guid? workplaceId = null, string? status = null,
        Guid? campaignId = null, DateOnly? from = null, DateOnly? to = null, bool? followUps = null,
        bool? overdue = null, int? page = null, int? pageSize = null)
    {
        var (caller, db, clock, cancellationToken) = services;
        var paging = PageRequest.From(page, pageSize);
        var filterErrors = new FieldErrors();
        var statusFilter = KebabCase.Parse<InspectionStatus>(status, "status", filterErrors);
        filterErrors.ThrowIfAny();
        new FieldErrors().When(from > to, "to", "must be on or after from.").ThrowIfAny();
        var today = clock.Today();
        var scope = caller.ListRegion(region);
        var query = db.Inspections.AsNoTracking().Where(i => i.Region == scope || (scope == null && caller.IsAdmin));
        if (workplaceId is not null) query = query.Where(i => i.WorkplaceId == workplaceId);
        if (statusFilter is not null) query = query.Where(i => i.Status == statusFilter);
        if (campaignId is not null) query = query.Where(i => i.CampaignId == campaignId);
        if (from is not null) query = query.Where(i => i.ScheduledOn >= from);
        if (to is not null) query = query.Where(i => i.ScheduledOn <= to);
        if (followUps is not null) query = query.Where(i => (i.FollowUpOf != null) == followUps);
        if (overdue is not null)
            query = query.Where(i => (i.FollowUpDueOn < today && (i.Status == InspectionStatus.Scheduled || i.Status == InspectionStatus.InProgress)) == overdue);

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(i => i.ScheduledOn).ThenBy(i => i.Id).Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<InspectionSummary>(items.Select(i => new InspectionSummary(
            i.Id, i.WorkplaceId, i.CampaignId, i.ScheduledOn, i.Status, i.ComplianceScore, i.FollowUpOf, i.FollowUpDueOn,
            i.IsOverdueOn(today))).ToList(), paging.Page, paging.PageSize, total));
    }
}
