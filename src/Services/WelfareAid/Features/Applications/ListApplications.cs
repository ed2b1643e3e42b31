using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Applications;

/// <summary>
/// Applications, newest first. Officers and supervisors list their region's, citizens their own. Filters as query
/// parameters; no national ids in the URL (use POST /api/aid/applications/search for that).
/// </summary>
public static class ListApplications
{
    public sealed record Filter(
        string? Region, Guid? ProgrammeId, Guid? BeneficiaryId, ApplicationStatus? Status, ProgrammeKind? ProgrammeKind,
        ApplicationOrigin? Origin, TargetGroup? TargetGroup, Guid? ReferralId);

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(CallerContext Caller, WelfareAidDbContext Db, CancellationToken CancellationToken);

    public static void MapListApplications(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(ListApplications))
            .WithSummary("List applications");

    internal static Task<Ok<PagedList<ApplicationResponse>>> Handle(
        [AsParameters] Services services, string? region = null, Guid? programmeId = null, Guid? beneficiaryId = null, string? status = null,
        string? programmeKind = null, string? origin = null, string? targetGroup = null,
        Guid? referralId = null, int? page = null, int? pageSize = null) =>
        Query(services.Caller, services.Db, new Filter(region, programmeId, beneficiaryId, KebabCase.Parse<ApplicationStatus>(status, "status"),
            KebabCase.Parse<ProgrammeKind>(programmeKind, "programmeKind"), KebabCase.Parse<ApplicationOrigin>(origin, "origin"),
            KebabCase.Parse<TargetGroup>(targetGroup, "targetGroup"), referralId),
            null, PageRequest.From(page, pageSize), services.CancellationToken);

    internal static async Task<Ok<PagedList<ApplicationResponse>>> Query(
        CallerContext caller, WelfareAidDbContext db, Filter filter, string? nationalId, PageRequest paging, CancellationToken cancellationToken)
    {
        var rows = db.ApplicationRows();
        if (caller.IsCitizenOnly || !caller.HasRole(Roles.AidOfficer, Roles.Supervisor, Roles.Admin))
        {
            var own = caller.NationalId ?? "";
            rows = rows.Where(r => r.NationalId == own);
        }
        else
        {
            var scope = caller.RequireRegionFor(filter.Region);
            rows = rows.Where(r => r.Application.Region == scope);
        }
        if (nationalId is not null) rows = rows.Where(r => r.NationalId == nationalId);
        if (filter.ProgrammeId is { } programmeId) rows = rows.Where(r => r.Application.ProgrammeId == programmeId);
        if (filter.BeneficiaryId is { } beneficiaryId) rows = rows.Where(r => r.Application.BeneficiaryId == beneficiaryId);
        if (filter.Status is { } status) rows = rows.Where(r => r.Application.Status == status);
        if (filter.ProgrammeKind is { } kind) rows = rows.Where(r => r.ProgrammeKind == kind);
        if (filter.Origin is { } origin) rows = rows.Where(r => r.Application.Origin == origin);
        if (filter.TargetGroup is { } group) rows = rows.Where(r => r.Application.TargetGroup == group);
        if (filter.ReferralId is { } referralId) rows = rows.Where(r => r.Application.ReferralId == referralId);

        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(r => r.Application.SubmittedAt).ThenBy(r => r.Application.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        await db.AuditApplicationReadsAsync(items, cancellationToken);
        return TypedResults.Ok(new PagedList<ApplicationResponse>(
            items.Select(r => ApplicationResponse.From(r, caller)).ToList(), paging.Page, paging.PageSize, total));
    }
}
