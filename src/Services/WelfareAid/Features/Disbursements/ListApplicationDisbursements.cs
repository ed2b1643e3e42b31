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
            .ProducesProblem(StatusCodes.Status404NotFound);

    internal static async Task<Results<Ok<IReadOnlyList<DisbursementResponse>>, NotFound>> Handle(
        Guid id, CallerContext caller, WelfareAidDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.ApplicationRows().FirstOrDefaultAsync(r => r.Application.Id == id, cancellationToken);
        if (row is null || !caller.CanSee(row)) return TypedResults.NotFound();
        var items = await db.Disbursements.AsNoTracking().Where(d => d.ApplicationId == id)
            .OrderBy(d => d.RecordedAt).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DisbursementResponse>>(items.Select(d => DisbursementResponse.From(d, caller)).ToList());
    }
}
