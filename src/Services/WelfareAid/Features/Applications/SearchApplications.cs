using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using LabourWelfare.WelfareAid.Features.Beneficiaries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.WelfareAid.Features.Applications;

/// <summary>
/// Applications of one person, by national id in the body (URLs are logged, bodies are not), plus the list's filters.
/// Officers search their region; citizens only ever get their own.
/// </summary>
public static class SearchApplications
{
    public sealed record Request(
        string? NationalId, string? Region, Guid? ProgrammeId, ApplicationStatus? Status, ProgrammeKind? ProgrammeKind,
        ApplicationOrigin? Origin, TargetGroup? TargetGroup, int? Page, int? PageSize);

    public static void MapSearchApplications(this RouteGroupBuilder group) =>
        group.MapPost("/search", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(SearchApplications))
            .WithSummary("Search applications by national id (in the body)");

    internal static async Task<Ok<PagedList<ApplicationResponse>>> Handle(
        Request request, CallerContext caller, WelfareAidDbContext db, RegionCatalog regions, CancellationToken cancellationToken)
    {
        string? nationalId = null;
        if (request.NationalId is not null && (nationalId = NationalIds.NormalizeAny(request.NationalId, regions)) is null)
            throw ValidationException.For("nationalId", NationalIds.Invalid);
        var paging = PageRequest.From(request.Page, request.PageSize);
        var filter = new ListApplications.Filter(request.Region, request.ProgrammeId, null, request.Status, request.ProgrammeKind,
            request.Origin, request.TargetGroup, null);
        return await ListApplications.Query(caller, db, filter, nationalId, paging, cancellationToken);
    }
}
