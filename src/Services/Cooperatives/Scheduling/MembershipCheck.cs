using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.Messaging;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Scheduling;

/// <summary>
/// The scheduled check of the minimum-members rule, run once per call: re-flags cooperatives whose active membership
/// is below the region's minimum (and unflags recovered ones), then suspends those flagged for six months and publishes
/// CooperativeSuspended. The suspension is the persisted mark: a suspended cooperative is never picked again, and a
/// concurrent run loses on the row version, so each suspension is published once.
/// </summary>
public sealed class MembershipCheck(CooperativesDbContext db, RegionCatalog regions, ILogger<MembershipCheck> logger)
{
    public const string Actor = "job:membership-check";

    public sealed record Result(int Flagged, int Unflagged, int Suspended);

    /// <summary>A check on a scope's database context (the job's scope per run, or a test's).</summary>
    public static MembershipCheck In(IServiceProvider scope) => ActivatorUtilities.CreateInstance<MembershipCheck>(scope);

    public async Task<Result> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        using var actor = AuditActor.Use(Actor);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var (flagged, unflagged) = await ReviewFlagsAsync(today, cancellationToken);
        var suspended = await SuspendDueAsync(today, now, cancellationToken);
        if (flagged + unflagged + suspended > 0)
            logger.LogInformation("Membership check: {Flagged} flagged, {Unflagged} unflagged, {Suspended} suspended",
                flagged, unflagged, suspended);
        return new Result(flagged, unflagged, suspended);
    }

    /// <summary>Only cooperatives whose flag disagrees with their count are loaded (the count is done in SQL).</summary>
    private async Task<(int Flagged, int Unflagged)> ReviewFlagsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        int flagged = 0, unflagged = 0;
        foreach (var region in regions.All)
        {
            var minimum = region.MinimumFoundingMembers;
            var wrong = await db.Cooperatives
                .Where(c => c.Region == region.Code && (c.Status == CooperativeStatus.Registered
                    || c.Status == CooperativeStatus.Active || c.Status == CooperativeStatus.Suspended))
                .Select(c => new { Cooperative = c, Active = db.Members.Count(m => m.CooperativeId == c.Id && m.LeftOn == null) })
                .Where(x => (x.Active < minimum) != (x.Cooperative.BelowMinimumSince != null))
                .ToListAsync(cancellationToken);
            foreach (var row in wrong)
            {
                row.Cooperative.ReviewMembership(row.Active, minimum, today);
                if (row.Cooperative.IsFlaggedBelowMinimum) flagged++; else unflagged++;
            }
            await SaveIgnoringRacesAsync(cancellationToken);
        }
        return (flagged, unflagged);
    }

    private async Task<int> SuspendDueAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Coarse SQL filter (month ends make "six months" uneven); the domain rule decides.
        var latestSince = today.AddMonths(-MembershipRule.MonthsBelowMinimumBeforeSuspension).AddDays(3);
        var candidates = await db.Cooperatives
            .Where(c => (c.Status == CooperativeStatus.Registered || c.Status == CooperativeStatus.Active)
                && c.BelowMinimumSince != null && c.BelowMinimumSince <= latestSince)
            .OrderBy(c => c.BelowMinimumSince).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var suspended = 0;
        foreach (var cooperative in candidates.Where(c => c.IsDueForMembershipSuspension(today)))
        {
            cooperative.Suspend(SuspensionReason.BelowMinimumMembers, today);
            db.AddEvent(CooperativeEvents.Suspended(cooperative), cooperative.Region, now);
            if (await SaveIgnoringRacesAsync(cancellationToken)) suspended++;
        }
        return suspended;
    }

    /// <summary>A registrar (or another replica) changed the record meanwhile: leave it to the next run.</summary>
    private async Task<bool> SaveIgnoringRacesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Forget only this unsaved change (record, its event, its audit rows); other candidates stay tracked.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).ToList())
                entry.State = EntityState.Detached;
            return false;
        }
    }
}
