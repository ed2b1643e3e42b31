using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LabourWelfare.ServiceDefaults.Idempotency;

/// <summary>Deletes expired idempotency keys on an interval; <see cref="RunOnceAsync"/> is what tests call.</summary>
public sealed class IdempotencyCleanup<TDbContext>(
    IServiceScopeFactory scopes, IOptions<IdempotencyOptions> options, TimeProvider clock, ILogger<IdempotencyCleanup<TDbContext>> logger)
    : BackgroundService where TDbContext : DbContext
{
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await IdempotencyStore.DeleteExpiredAsync(scope.ServiceProvider.GetRequiredService<TDbContext>(), now, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Deleting expired idempotency keys failed; will retry");
            }
        }
    }
}
