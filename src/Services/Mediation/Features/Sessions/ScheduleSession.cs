using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.Mediation.Features.Cases;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LabourWelfare.Mediation.Features.Sessions;

/// <summary>
/// Schedules a session with the case's mediator. Bookings of one mediator queue on the mediator's row, so the loser of a
/// race sees the winner's session and gets 409 mediator-double-booked; the exclusion constraint on the sessions table
/// refuses an overlap even if something bypassed that queue.
/// </summary>
public static class ScheduleSession
{
    public const string DoubleBooked = "mediator-double-booked";

    public sealed record Request(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Location);

    public static void MapScheduleSession(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/sessions", Handle)
            .RequireAuthorization(Access.WorkCases)
            .WithName(nameof(ScheduleSession))
            .WithSummary("Schedule a mediation session")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    internal static async Task<Created<SessionResponse>> Handle(
        Guid id, Request request, CallerContext caller, MediationDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        new FieldErrors()
            .Required("startsAt", request.StartsAt)
            .Required("endsAt", request.EndsAt)
            .When(request.StartsAt is { } s && request.EndsAt is { } e && e <= s, "endsAt", "must be after startsAt.")
            .When(request.StartsAt is { } s2 && request.EndsAt is { } e2 && e2 - s2 > Session.MaximumLength, "endsAt", "a session lasts at most 8 hours.")
            .When(request.StartsAt < now, "startsAt", "must be in the future.")
            .MaxLength("location", request.Location, 300)
            .ThrowIfAny();

        var reader = await CaseAccess.ReaderAsync(caller, db, cancellationToken);
        var mediatorId = (await CaseAccess.ReadableAsync(db, id, reader, cancellationToken)).MediatorId;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (mediatorId is not null) // bookings of one mediator take turns
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM mediators WHERE id = {mediatorId} FOR UPDATE", cancellationToken);
        var @case = await CaseAccess.WorkableAsync(db, id, reader, cancellationToken);
        var startsAt = request.StartsAt!.Value.ToUniversalTime();
        var endsAt = request.EndsAt!.Value.ToUniversalTime();
        if (@case.MediatorId is { } booked && await db.Sessions.AnyAsync(x => x.MediatorId == booked &&
                x.Status == SessionStatus.Scheduled && x.StartsAt < endsAt && startsAt < x.EndsAt, cancellationToken))
            throw new DomainRuleException(DoubleBooked, "The mediator has another session at that time.");

        var session = Session.Schedule(@case, startsAt, endsAt, request.Location?.Trim(), caller.Actor, now);
        db.Sessions.Add(session);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation })
        {
            throw new DomainRuleException(DoubleBooked, "The mediator has another session at that time.");
        }
        await transaction.CommitAsync(cancellationToken);

        ETags.Set(http, session.Version);
        return TypedResults.Created($"/api/mediation/cases/{@case.Id}/sessions/{session.Id}", SessionResponse.From(session));
    }
}
