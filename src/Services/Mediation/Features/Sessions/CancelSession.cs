using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Features.Cases;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Mediation.Features.Sessions;

/// <summary>Cancels a scheduled session; its slot is free again for the mediator.</summary>
public static class CancelSession
{
    public sealed record Request(string? Reason);

    public static void MapCancelSession(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/sessions/{sessionId:guid}/cancellation", Handle)
            .RequireAuthorization(Access.WorkCases)
            .WithName(nameof(CancelSession))
            .WithSummary("Cancel a session")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<SessionResponse>> Handle(
        Guid id, Guid sessionId, Request request, CallerContext caller, MediationDbContext db, HttpContext http,
        CancellationToken cancellationToken)
    {
        new FieldErrors().Required("reason", request.Reason).MaxLength("reason", request.Reason, 1000).ThrowIfAny();

        var reader = await CaseAccess.ReaderAsync(caller, db, cancellationToken);
        await CaseAccess.WorkableAsync(db, id, reader, cancellationToken);
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.CaseId == id, cancellationToken)
            ?? throw new NotFoundException("The session");
        ETags.RequireMatch(http, session.Version);

        session.Cancel(request.Reason!.Trim());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, session.Version);
        return TypedResults.Ok(SessionResponse.From(session));
    }
}
