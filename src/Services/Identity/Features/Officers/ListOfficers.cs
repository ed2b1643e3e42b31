using LabourWelfare.Identity.Data;
using LabourWelfare.Identity.Domain;
using LabourWelfare.Identity.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Identity.Features.Officers;

/// <summary>The officers of the admin's region, by username then id, a page at a time; filter by role or disabled.</summary>
public static class ListOfficers
{
    public static void MapListOfficers(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName(nameof(ListOfficers))
            .WithSummary("List the officers of the admin's region")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    internal static async Task<Ok<PagedList<OfficerResponse>>> Handle(
        CallerContext caller, AccountsDbContext db, CancellationToken cancellationToken,
        string? region = null, string? role = null, bool? disabled = null, string? search = null, int? page = null, int? pageSize = null)
    {
        var paging = PageRequest.From(page, pageSize);
        var roleFilter = role?.Trim().ToLowerInvariant();
        new FieldErrors()
            .When(roleFilter is not null && !Access.OfficerRoles.Contains(roleFilter), "role", $"must be among: {string.Join(", ", Access.OfficerRoles)}.")
            .ThrowIfAny();
        var regionCode = caller.AdminRegionFor(region);

        var query = db.Users.AsNoTracking().Where(u => u.Kind == AccountKind.Officer && u.Region == regionCode);
        if (disabled is not null) query = query.Where(u => u.IsDisabled == disabled);
        if (roleFilter is not null)
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == roleFilter)));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + search.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(u => EF.Functions.ILike(u.UserName!, pattern) || EF.Functions.ILike(u.DisplayName, pattern));
        }

        var total = await query.CountAsync(cancellationToken);
        var users = await query.OrderBy(u => u.UserName).ThenBy(u => u.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var items = users.Select(u => OfficerResponse.From(u, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!))).ToList();
        return TypedResults.Ok(new PagedList<OfficerResponse>(items, paging.Page, paging.PageSize, total));
    }
}
