using LabourWelfare.Persistence.Auditing;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LabourWelfare.Persistence;

/// <summary>
/// Migrations are a deployment step, never part of a normal start: the running service connects as a role that cannot
/// change the schema. <c>&lt;service&gt; migrate</c> connects with ConnectionStrings__&lt;service&gt;db as the database's
/// OWNER role, applies the committed migrations, grants the app role named by Database:AppRole what it needs
/// (<see cref="AppRoleGrants"/>: only SELECT and INSERT on audit_log) and exits 0. The database and both roles are made
/// beforehand by <see cref="ServiceDatabaseProvisioning"/> (the AppHost, a deployment job, the test factories).
/// </summary>
public static class DatabaseMigration
{
    public const string Command = "migrate";
    public const string AppRoleSetting = "Database:AppRole";
    public const string HistoryTable = "__ef_migrations_history";

    /// <summary>Tables the running service may read and append to but never change: the audit trail.</summary>
    public static readonly IReadOnlyList<string> AppendOnlyTables = [AuditModel.AuditTable];

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Command;

    /// <summary>
    /// The <c>migrate</c> command (first argument): configuration as the service reads it (appsettings, environment,
    /// the remaining arguments). Returns the process exit code.
    /// </summary>
    public static async Task<int> RunAsync<TDbContext>(string[] args, string connectionName) where TDbContext : DbContext
    {
        // The service's own configuration sources and environment name (ASPNETCORE_ENVIRONMENT), without starting it.
        var configuration = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args[1..] }).Configuration;
        using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
        var logger = loggers.CreateLogger("LabourWelfare.Migrations");
        var connectionString = configuration.GetConnectionString(connectionName);
        var appRole = configuration[AppRoleSetting];
        if (string.IsNullOrEmpty(connectionString) || string.IsNullOrEmpty(appRole))
        {
            logger.LogError("migrate needs ConnectionStrings:{Name} (the owner role) and {Setting} (the role the service runs as)",
                connectionName, AppRoleSetting);
            return 2;
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await MigrateAsync(typeof(TDbContext), connectionString, appRole, logger, timeout.Token);
        logger.LogInformation("Database migrated; role {AppRole} granted", appRole);
        return 0;
    }

    /// <summary>
    /// Applies <paramref name="contextType"/>'s migrations as the owner (retrying while PostgreSQL is still starting),
    /// then grants <paramref name="appRole"/>. Used by the migrate command and by the test factories.
    /// </summary>
    public static async Task MigrateAsync(Type contextType, string ownerConnectionString, string appRole,
        ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        logger ??= NullLogger.Instance;
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        var options = builder.UseNpgsql(ownerConnectionString, npgsql => npgsql.MigrationsHistoryTable(HistoryTable)).Options;
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = (DbContext)Activator.CreateInstance(contextType, options)!;
                await db.Database.MigrateAsync(cancellationToken);
                break;
            }
            catch (Exception ex) when (TransientFaults.IsDatabaseOutage(ex) && DateTimeOffset.UtcNow < deadline)
            {
                logger.LogWarning("Database not reachable for migrations (attempt {Attempt}); retrying", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), cancellationToken);
            }
        }
        await GrantAppRoleAsync(ownerConnectionString, appRole, cancellationToken);
    }

    /// <summary>The app role's rights on everything the owner made (also for schemas made without migrations, in tests).</summary>
    public static Task GrantAppRoleAsync(string ownerConnectionString, string appRole, CancellationToken cancellationToken = default) =>
        AppRoleGrants.GrantAsync(ownerConnectionString, appRole, AppendOnlyTables, cancellationToken);
}
