using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Workplaces;

/// <summary>Lists the workplaces of the caller's region, filtered, by name then id, a page at a time.</summary>
public static class ListWorkplaces
{
    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, InspectionsDbContext Db, TimeProvider Clock, CancellationToken CancellationToken);

    public static void MapListWorkplaces(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(ListWorkplaces))
            .WithSummary("List workplaces (filters: registrationNumber, cooperativeId, sector, status, county, missingAmbassador, search)");

    internal static async Task<Ok<PagedList<WorkplaceResponse>>> Handle(
        [AsParameters] Services services, string? region = null, string? registrationNumber = null,
        Guid? cooperativeId = null, string? sector = null, string? status = null, string? county = null,
        bool? missingAmbassador = null, string? search = null, int? page = null, int? pageSize = null)
    {
        var (caller, db, clock, cancellationToken) = services;
        var paging = PageRequest.From(page, pageSize);
        var filterErrors = new FieldErrors();
        var sectorFilter = KebabCase.Parse<Sector>(sector, "sector", filterErrors);
        var statusFilter = KebabCase.Parse<WorkplaceStatus>(status, "status", filterErrors);
        filterErrors.ThrowIfAny();
        var today = clock.Today();
        var scope = caller.ListRegion(region);
        var query = db.Workplaces.AsNoTracking().Where(w => w.Region == scope || (scope == null && caller.IsAdmin));
        if (registrationNumber is not null)
        {
            var number = Workplace.NormalizeRegistrationNumber(registrationNumber);
            query = query.Where(w => w.RegistrationNumber == number);
        }
        if (cooperativeId is not null) query = query.Where(w => w.CooperativeId == cooperativeId);
        if (sectorFilter is not null) query = query.Where(w => w.Sector == sectorFilter);
        if (statusFilter is not null) query = query.Where(w => w.Status == statusFilter);
        if (county is not null) query = query.Where(w => w.County == county.Trim());
        if (search is not null)
        {
            var key = Workplace.KeyOf(search);
            query = query.Where(w => w.EmployerKey.Contains(key) || w.Name.ToLower().Contains(key));
        }
        if (missingAmbassador is not null)
        {
            query = query.Where(w => (w.Status == WorkplaceStatus.Active && w.WorkforceSize > Workplace.AmbassadorThreshold
                && !w.Ambassadors.Any(a => a.AppointedOn <= today && (a.EndedOn == null || a.EndedOn > today))) == missingAmbassador);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(w => w.Name).ThenBy(w => w.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Include(w => w.Ambassadors).Include(w => w.Disputes).AsSplitQuery()
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<WorkplaceResponse>(
            items.Select(w => WorkplaceResponse.From(w, today)).ToList(), paging.Page, paging.PageSize, total));
    }
}
