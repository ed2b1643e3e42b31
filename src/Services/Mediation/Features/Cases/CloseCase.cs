using LabourWelfare.Contracts;
using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.Mediation.Features.Shared;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Mediation.Features.Cases;

/// <summary>
/// Closes a case that has its outcome and publishes MediationCaseClosed (outcome and category; never the statements or
/// the settlement terms). A dismissal closed without settlement names the worker, for Welfare aid.
/// </summary>
public static class CloseCase
{
    public static void MapCloseCase(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/closure", Handle)
            .RequireAuthorization(Access.WorkCases)
            .WithName(nameof(CloseCase))
            .WithSummary("Close a case")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<CaseResponse>> Handle(
        Guid id, CallerContext caller, MediationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var reader = await CaseAccess.ReaderAsync(caller, db, cancellationToken);
        var @case = await CaseAccess.WorkableAsync(db, id, reader, cancellationToken);
        ETags.RequireMatch(http, @case.Version);

        var now = clock.GetUtcNow();
        @case.Close(now);
        db.AddEvent(CaseEvents.Closed(@case), @case.Region, now);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, @case.Version);
        return TypedResults.Ok(CaseResponse.From(@case, reader));
    }
}
