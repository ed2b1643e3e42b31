using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Programmes;

/// <summary>The region's programmes, newest first; citizens see only launched ones.</summary>
public static class ListProgrammes
{
    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(CallerContext Caller, WelfareAidDbContext Db, CancellationToken CancellationToken);

    public static void MapListProgrammes(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(ListProgrammes))
            .WithSummary("List the region's programmes");

    internal static async Task<Ok<PagedList<ProgrammeResponse>>> Handle(
        [AsParameters] Services services, string? region = null, string? status = null, string? kind = null, string? targetGroup = null,
        int? page = null, int? pageSize = null)
    {
        var (caller, db, cancellationToken) = services;
        var paging = PageRequest.From(page, pageSize);
        var scope = caller.RequireRegionFor(region);
        var query = db.Programmes.AsNoTracking().Where(p => p.Region == scope);
        if (!caller.SeesRegion(scope)) query = query.Where(p => p.Status != ProgrammeStatus.Draft);
        if (KebabCase.Parse<ProgrammeStatus>(status, "status") is { } s) query = query.Where(p => p.Status == s);
        if (KebabCase.Parse<ProgrammeKind>(kind, "kind") is { } k) query = query.Where(p => p.Kind == k);
        if (KebabCase.Parse<TargetGroup>(targetGroup, "targetGroup") is { } g) query = query.Where(p => p.TargetGroups.Contains(g));
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<ProgrammeResponse>(items.Select(ProgrammeResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }
}
