using LabourWelfare.Mediation.Data;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using static LabourWelfare.Mediation.Features.Mediators.DeclareConflict;

namespace LabourWelfare.Mediation.Features.Mediators;

/// <summary>A mediator's declared conflicts: for the region's supervisors, admins and the mediator; others get 404.</summary>
public static class ListConflicts
{
    public static void MapListConflicts(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/conflicts", Handle)
            .RequireAuthorization(Access.ReadMediators)
            .WithName(nameof(ListConflicts))
            .WithSummary("List a mediator's declared conflicts")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<IReadOnlyList<ConflictResponse>>> Handle(
        Guid id, CallerContext caller, MediationDbContext db, CancellationToken cancellationToken)
    {
        var mediator = await MediatorQueries.InReachAsync(db, id, caller, track: false, cancellationToken);
        if (!MediatorQueries.IsManagerOrSelf(caller, mediator)) throw new NotFoundException("The mediator's conflicts");
        var conflicts = await db.Conflicts.AsNoTracking().Where(c => c.MediatorId == id)
            .OrderBy(c => c.DeclaredAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ConflictResponse>>(conflicts.Select(ConflictResponse.From).ToList());
    }
}
