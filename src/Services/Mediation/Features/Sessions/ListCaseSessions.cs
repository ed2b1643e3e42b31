using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Features.Cases;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Mediation.Features.Sessions;

/// <summary>The sessions of a case, in time order, for whoever may read the case (parties need to know when to come).</summary>
public static class ListCaseSessions
{
    public static void MapListCaseSessions(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/sessions", Handle)
            .RequireAuthorization(Access.ReadCases)
            .WithName(nameof(ListCaseSessions))
            .WithSummary("List the sessions of a case")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<IReadOnlyList<SessionResponse>>> Handle(
        Guid id, CallerContext caller, MediationDbContext db, CancellationToken cancellationToken)
    {
        var reader = await CaseAccess.ReaderAsync(caller, db, cancellationToken);
        await CaseAccess.ReadableAsync(db, id, reader, cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CaseId == id)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SessionResponse>>(sessions.Select(SessionResponse.From).ToList());
    }
}
