using LabourWelfare.ServiceDefaults;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Features.Applications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Disbursements;

/// <summary>The disbursements of one application, oldest first: whoever may read the application may read them.</summary>
public static class ListApplicationDisbursements
{
    public static void MapListApplicationDisbursements(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/disbursements", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(ListApplicationDisbursements))
            .WithSummary("List an application's disbursements")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<IReadOnlyList<DisbursementResponse>>> Handle(
        Guid id, CallerContext caller, WelfareAidDbContext db, CancellationToken cancellationToken)
    {
        await db.VisibleRowAsync(id, caller, cancellationToken);
        var items = await db.Disbursements.AsNoTracking().Where(d => d.ApplicationId == id)
            .OrderBy(d => d.RecordedAt).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DisbursementResponse>>(items.Select(d => DisbursementResponse.From(d, caller)).ToList());
    }
}
