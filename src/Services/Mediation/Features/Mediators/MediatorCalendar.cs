using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.ServiceDefaults.OpenApi;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Mediation.Features.Mediators;

/// <summary>
/// A mediator's busy times (scheduled sessions) in a window, for finding a free slot. Times only: which case a session
/// belongs to is confidential.
/// </summary>
public static class MediatorCalendar
{
    public sealed record BusySlot(DateTimeOffset StartsAt, DateTimeOffset EndsAt);

    public static readonly TimeSpan MaximumWindow = TimeSpan.FromDays(92);

    public static void MapMediatorCalendar(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/busy", Handle)
            .RequireAuthorization(Access.ReadMediators)
            .WithName(nameof(MediatorCalendar))
            .WithSummary("A mediator's busy times")
            .RequiresQuery("from", "to")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<IReadOnlyList<BusySlot>>> Handle(
        Guid id, DateTimeOffset? from, DateTimeOffset? to, CallerContext caller, MediationDbContext db, CancellationToken cancellationToken)
    {
        new FieldErrors()
            .Required("from", from).Required("to", to)
            .When(from is not null && to is not null && (to <= from || to - from > MaximumWindow), "to", "must be after from, at most 92 days later.")
            .ThrowIfAny();
        await MediatorQueries.InReachAsync(db, id, caller, track: false, cancellationToken);
        var start = from!.Value.ToUniversalTime();
        var end = to!.Value.ToUniversalTime();
        var slots = await db.Sessions.AsNoTracking()
            .Where(s => s.MediatorId == id && s.Status == SessionStatus.Scheduled && s.StartsAt < end && start < s.EndsAt)
            .OrderBy(s => s.StartsAt).Select(s => new BusySlot(s.StartsAt, s.EndsAt)).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<BusySlot>>(slots);
    }
}
