using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.Messaging;
using LabourWelfare.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Scheduling;

/// <summary>
/// Raises FollowUpOverdue for each follow-up inspection still open after its due date, once: the raise is stored on
/// the inspection in the same transaction as the outbox row.
/// </summary>
public sealed class FollowUpOverdueCheck(InspectionsDbContext db)
{
    public const string Actor = "job:follow-up-overdue";

    /// <summary>A check on a scope's database context (the job's scope per run, or a test's).</summary>
    public static FollowUpOverdueCheck In(IServiceProvider scope) => ActivatorUtilities.CreateInstance<FollowUpOverdueCheck>(scope);

    /// <summary>Runs the check once as of <paramref name="now"/>; returns how many follow-ups were raised.</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        using var actor = AuditActor.Use(Actor);

        var overdue = await db.Inspections
            .Where(i => i.FollowUpDueOn < today && i.OverdueRaisedAt == null
                && (i.Status == InspectionStatus.Scheduled || i.Status == InspectionStatus.InProgress))
            .OrderBy(i => i.FollowUpDueOn).ThenBy(i => i.Id).Take(500)
            .ToListAsync(cancellationToken);
        foreach (var followUp in overdue)
        {
            if (!followUp.MarkOverdueRaised(today, now)) continue;
            db.AddEvent(InspectionEvents.FollowUpOverdue(followUp), followUp.Region, now);
        }
        // Two replicas racing: the xmin check makes the second one fail (and retry next round) instead of raising twice.
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0;
        }
        return overdue.Count;
    }
}
