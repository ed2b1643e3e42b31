using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Beneficiaries;

/// <summary>The region's beneficiaries by name, paged; filters: target group, decile unknown (to complete referrals).</summary>
public static class ListBeneficiaries
{
    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(CallerContext Caller, WelfareAidDbContext Db, CancellationToken CancellationToken);

    public static void MapListBeneficiaries(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.Oversee)
            .WithName(nameof(ListBeneficiaries))
            .WithSummary("List the region's beneficiaries");

    internal static async Task<Ok<PagedList<BeneficiaryResponse>>> Handle(
        [AsParameters] Services services, string? region = null, string? targetGroup = null, bool? decileUnknown = null, int? page = null, int? pageSize = null)
    {
        var (caller, db, cancellationToken) = services;
        var paging = PageRequest.From(page, pageSize);
        var scope = caller.RequireRegionFor(region);
        var query = db.Beneficiaries.AsNoTracking().Where(b => b.Region == scope);
        if (KebabCase.Parse<TargetGroup>(targetGroup, "targetGroup") is { } group) query = query.Where(b => b.TargetGroups.Contains(group));
        if (decileUnknown is true) query = query.Where(b => b.IncomeDecile == null);
        if (decileUnknown is false) query = query.Where(b => b.IncomeDecile != null);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(b => b.FullName).ThenBy(b => b.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        await db.AuditReadAsync<Beneficiary>(items.Select(b => b.Id), cancellationToken);
        return TypedResults.Ok(new PagedList<BeneficiaryResponse>(
            items.Select(b => BeneficiaryResponse.From(b, caller)).ToList(), paging.Page, paging.PageSize, total));
    }
}
