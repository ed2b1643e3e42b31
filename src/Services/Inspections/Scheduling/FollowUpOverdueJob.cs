using LabourWelfare.Inspections.Features.Inspections;
using LabourWelfare.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace LabourWelfare.Inspections.Scheduling;

/// <summary>
/// Runs <see cref="FollowUpOverdueCheck"/> at start and then every Inspections:OverdueCheckInterval (default one hour,
/// kept between a second and a day); Inspections:OverdueCheckEnabled=false switches it off (where another instance, or
/// a test with a controllable clock, runs the check).
/// </summary>
public sealed class FollowUpOverdueJob(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<InspectionOptions> options, ILogger<FollowUpOverdueJob> logger)
    : PeriodicJob(scopes, clock, logger)
{
    protected override TimeSpan Interval => options.Value.OverdueCheckEnabled
        ? TimeSpan.FromTicks(Math.Clamp(options.Value.OverdueCheckInterval.Ticks, TimeSpan.TicksPerSecond, TimeSpan.TicksPerDay))
        : TimeSpan.Zero;

    protected override async Task RunOnceAsync(IServiceProvider scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var raised = await FollowUpOverdueCheck.In(scope).RunOnceAsync(now, cancellationToken);
        if (raised > 0) Logger.LogInformation("Raised {Count} overdue follow-up inspections", raised);
    }
}
