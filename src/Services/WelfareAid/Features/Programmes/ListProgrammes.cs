using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using LabourWelfare.WelfareAid.Features;

namespace LabourWelfare.WelfareAid.Features.Programmes;

/// <summary>The region's programmes, newest first; citizens see only launched ones.</summary>
public static class ListProgrammes
{
    public static void MapListProgrammes(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(ListProgrammes))
            .WithSummary("List the region's programmes")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    internal static async Task<Ok<PagedList<ProgrammeResponse>>> Handle(
        CallerContext caller, WelfareAidDbContext db, CancellationToken cancellationToken,
        string? region = null, string? status = null, string? kind = null, string? targetGroup = null,
        int? page = null, int? pageSize = null)
    {
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
