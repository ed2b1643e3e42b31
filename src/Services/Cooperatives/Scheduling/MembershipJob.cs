namespace LabourWelfare.Cooperatives.Scheduling;

/// <summary>
/// Runs <see cref="MembershipCheck"/> at start and then every Cooperatives:MembershipCheckInterval (default one hour;
/// zero switches it off, as the tests do to run the check themselves with a controllable clock).
/// </summary>
public sealed class MembershipJob(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration,
    ILogger<MembershipJob> logger) : BackgroundService
{
    public const string IntervalKey = "Cooperatives:MembershipCheckInterval";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue(IntervalKey, TimeSpan.FromHours(1));
        if (interval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await MembershipCheck.In(scope.ServiceProvider).RunOnceAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Membership check failed; it runs again in {Interval}", interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
