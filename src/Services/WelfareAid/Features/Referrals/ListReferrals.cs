using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Referrals;

/// <summary>The region's referrals from other services' events, newest first; ?status=open lists those waiting for an officer.</summary>
public static class ListReferrals
{
    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(CallerContext Caller, WelfareAidDbContext Db, CancellationToken CancellationToken);

    public static void MapListReferrals(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.Oversee)
            .WithName(nameof(ListReferrals))
            .WithSummary("List referrals");

    internal static async Task<Ok<PagedList<ReferralResponse>>> Handle(
        [AsParameters] Services services, string? region = null, string? status = null, string? targetGroup = null, string? origin = null,
        Guid? beneficiaryId = null, int? page = null, int? pageSize = null)
    {
        var (caller, db, cancellationToken) = services;
        var paging = PageRequest.From(page, pageSize);
        var scope = caller.RequireRegionFor(region);
        var query = db.Referrals.AsNoTracking().Where(r => r.Region == scope);
        if (KebabCase.Parse<ReferralStatus>(status, "status") is { } s) query = query.Where(r => r.Status == s);
        if (KebabCase.Parse<TargetGroup>(targetGroup, "targetGroup") is { } g) query = query.Where(r => r.TargetGroup == g);
        if (KebabCase.Parse<ApplicationOrigin>(origin, "origin") is { } o) query = query.Where(r => r.Origin == o);
        if (beneficiaryId is { } b) query = query.Where(r => r.BeneficiaryId == b);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Join(db.Beneficiaries, r => r.BeneficiaryId, b => b.Id, (r, b) => new { r, b })
            .ToListAsync(cancellationToken);
        var items = rows.OrderByDescending(x => x.r.CreatedAt).ThenBy(x => x.r.Id)
            .Select(x => ReferralResponse.From(x.r, x.b, caller)).ToList();
        await db.AuditReadAsync<Referral>(rows.Select(x => x.r.Id), cancellationToken);
        await db.AuditReadAsync<Beneficiary>(rows.Select(x => x.b.Id), cancellationToken);
        return TypedResults.Ok(new PagedList<ReferralResponse>(items, paging.Page, paging.PageSize, total));
    }
}
