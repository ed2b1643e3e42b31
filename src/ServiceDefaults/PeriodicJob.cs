using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LabourWelfare.ServiceDefaults;

/// <summary>
/// A service's scheduled job (Scheduling/&lt;What&gt;Job): runs <see cref="RunOnceAsync"/> at start and then every
/// <see cref="Interval"/>, each run in a DI scope of its own (a fresh DbContext per run), and stops when the host stops.
/// A failed run is logged with the job's name only, never the records it worked on (the exception stays: Npgsql leaves
/// row values out of its messages), and the job runs again on the next tick.
/// </summary>
public abstract class PeriodicJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>Time between runs, read once at start; zero or less switches the job off (another instance or a test runs the check).</summary>
    protected abstract TimeSpan Interval { get; }

    protected ILogger Logger => logger;

    /// <summary>One run of the job's check as of <paramref name="now"/>, on services of <paramref name="scope"/>.</summary>
    protected abstract Task RunOnceAsync(IServiceProvider scope, DateTimeOffset now, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = Interval;
        if (interval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunOnceAsync(scope.ServiceProvider, clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "{Job} failed; it runs again in {Interval}", GetType().Name, interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
