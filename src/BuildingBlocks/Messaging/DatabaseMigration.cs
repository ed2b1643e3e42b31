using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LabourWelfare.Messaging;

public static class DatabaseMigration
{
    /// <summary>
    /// Applies committed migrations at start-up in Development, or wherever Database:MigrateOnStartup is true
    /// (tests, single-instance installs). Production runs migrations as a deployment step instead.
    /// Retries while PostgreSQL is still starting.
    /// </summary>
    public static async Task MigrateDatabaseAsync<TDbContext>(this WebApplication app) where TDbContext : DbContext
    {
        if (!app.Environment.IsDevelopment() && !app.Configuration.GetValue("Database:MigrateOnStartup", false)) return;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LabourWelfare.Migrations");
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = app.Services.CreateAsyncScope();
                var context = scope.ServiceProvider.GetRequiredService<TDbContext>();
                // Replicas start together: one migrates while the others wait on the lock, then find nothing to do.
                await using var migrationLock = await MigrationLock.AcquireAsync(context.Database.GetConnectionString()!);
                await context.Database.MigrateAsync();
                return;
            }
            catch (Exception ex) when (TransientFaults.IsDatabaseOutage(ex) && DateTimeOffset.UtcNow < deadline)
            {
                logger.LogWarning("Database not reachable for migrations (attempt {Attempt}); retrying", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)));
            }
        }
    }
}
