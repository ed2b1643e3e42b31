using LabourWelfare.Inspections.Features.Inspections;
using Microsoft.Extensions.Options;

namespace LabourWelfare.Inspections.Scheduling;

/// <summary>
/// Runs <see cref="FollowUpOverdueCheck"/> at start and then every Inspections:OverdueCheckInterval (default one hour),
/// each run in a scope of its own; Inspections:OverdueCheckEnabled=false switches it off (where another instance, or a
/// test with a controllable clock, runs the check).
/// </summary>
public sealed class FollowUpOverdueJob(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<InspectionOptions> options, ILogger<FollowUpOverdueJob> logger) : BackgroundService
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
                await using var scope = scopes.CreateAsyncScope();
                var raised = await FollowUpOverdueCheck.In(scope.ServiceProvider).RunOnceAsync(clock.GetUtcNow(), stoppingToken);
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
