using LabourWelfare.Inspections.Data;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Workplaces;

/// <summary>Lists the workplaces of the caller's region, filtered, by name then id, a page at a time.</summary>
public static class ListWorkplaces
{
    public static void MapListWorkplaces(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(ListWorkplaces))
            .WithSummary("List workplaces");

    internal static async Task<Ok<PagedList<WorkplaceResponse>>> Handle(
        CallerContext caller, InspectionsDbContext db, CancellationToken cancellationToken,
        string? region = null, string? registrationNumber = null, Guid? cooperativeId = null, int? page = null, int? pageSize = null)
    {
        var paging = PageRequest.From(page, pageSize);
        var scope = caller.IsAdmin ? region : caller.Region;
        var query = db.Workplaces.AsNoTracking().Where(w => w.Region == scope || (scope == null && caller.IsAdmin));
        if (registrationNumber is not null)
        {
            var number = DigitNormalizer.NormalizeDigits(registrationNumber.Trim()).ToUpperInvariant();
            query = query.Where(w => w.RegistrationNumber == number);
        }
        if (cooperativeId is not null) query = query.Where(w => w.CooperativeId == cooperativeId);

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(w => w.Name).ThenBy(w => w.Id).Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<WorkplaceResponse>(items.Select(WorkplaceResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }
}
