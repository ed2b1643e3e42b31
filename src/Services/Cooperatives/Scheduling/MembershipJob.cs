using LabourWelfare.ServiceDefaults;

namespace LabourWelfare.Cooperatives.Scheduling;

/// <summary>
/// Runs <see cref="MembershipCheck"/> at start and then every Cooperatives:MembershipCheckInterval (default one hour;
/// zero switches it off, as the tests do to run the check themselves with a controllable clock).
/// </summary>
public sealed class MembershipJob(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration,
    ILogger<MembershipJob> logger) : PeriodicJob(scopes, clock, logger)
{
    public const string IntervalKey = "Cooperatives:MembershipCheckInterval";

    protected override TimeSpan Interval => configuration.GetValue(IntervalKey, TimeSpan.FromHours(1));

    protected override Task RunOnceAsync(IServiceProvider scope, DateTimeOffset now, CancellationToken cancellationToken) =>
        MembershipCheck.In(scope).RunOnceAsync(now, cancellationToken);
}
