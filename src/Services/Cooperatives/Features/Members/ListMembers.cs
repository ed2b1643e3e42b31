using LabourWelfare.Persistence.Auditing;
using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.Members;

/// <summary>
/// A cooperative's members, by name then id, a page at a time (?active=true for current members). Fellow members
/// see names with masked national ids; the region's officers see them in full.
/// </summary>
public static class ListMembers
{
    public static void MapListMembers(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/members", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(ListMembers))
            .WithSummary("List a cooperative's members")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<PagedList<MemberResponse>>> Handle(
        Guid id, CallerContext caller, CooperativesDbContext db, CancellationToken cancellationToken,
        bool? active = null, int? page = null, int? pageSize = null)
    {
        var paging = PageRequest.From(page, pageSize);
        await db.FindReadableAsync(caller, id, cancellationToken);
        var query = db.Members.AsNoTracking().Where(m => m.CooperativeId == id);
        if (active is not null) query = query.Where(m => (m.LeftOn == null) == active);
        var total = await query.CountAsync(cancellationToken);
        var members = await query.OrderBy(m => m.FullName).ThenBy(m => m.Id).Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        await db.AuditReadAsync<Domain.Member>(members.Select(m => m.Id), cancellationToken);
        return TypedResults.Ok(new PagedList<MemberResponse>(
            members.Select(m => MemberResponse.For(m, caller)).ToList(), paging.Page, paging.PageSize, total));
    }
}
