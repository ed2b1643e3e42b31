using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.Messaging;
using LabourWelfare.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LabourWelfare.Inspections.Features.Inspections;

/// <summary>
/// Raises FollowUpOverdue for each follow-up inspection still open after its due date, once: the raise is stored on
/// the inspection in the same transaction as the outbox row.
/// </summary>
public sealed class FollowUpOverdueCheck(IServiceScopeFactory scopes)
{
    /// <summary>Runs the check once as of <paramref name="now"/>; returns how many follow-ups were raised.</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InspectionsDbContext>();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        using var actor = AuditActor.Use("job:follow-up-overdue");

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

/// <summary>Runs <see cref="FollowUpOverdueCheck"/> on the configured interval.</summary>
public sealed class FollowUpOverdueMonitor(
    FollowUpOverdueCheck check, TimeProvider clock, IOptions<InspectionOptions> options, ILogger<FollowUpOverdueMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.OverdueCheckEnabled) return;
        var interval = TimeSpan.FromTicks(Math.Clamp(options.Value.OverdueCheckInterval.Ticks, TimeSpan.TicksPerSecond, TimeSpan.TicksPerDay));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                var raised = await check.RunOnceAsync(clock.GetUtcNow(), stoppingToken);
                if (raised > 0) logger.LogInformation("Raised {Count} overdue follow-up inspections", raised);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Overdue follow-up check failed; retrying on the next round");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
