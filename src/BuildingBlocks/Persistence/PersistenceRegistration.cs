using LabourWelfare.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LabourWelfare.Persistence;

public static class PersistenceRegistration
{
    /// <summary>
    /// The service's own PostgreSQL database (ConnectionStrings__&lt;name&gt;): a pooled DbContext with the audit trail
    /// and any other <see cref="IInterceptor"/> a block registers (the outbox wake-up of AddPlatformMessaging), and the
    /// database's readiness check.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder, string connectionName)
        where TDbContext : DbContext
    {
        var connectionString = WithPerformanceDefaults(builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} (PostgreSQL) is not configured."));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<AuditInterceptor>();
        // Pooled: a consumer or request rents a ready context instead of building one (measured in docs/benchmarks.md).
        builder.Services.AddDbContextPool<TDbContext>((services, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(DatabaseMigration.HistoryTable))
            .AddInterceptors([services.GetRequiredService<AuditInterceptor>(), .. services.GetServices<IInterceptor>()]));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TDbContext>>(connectionName, tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// Npgsql settings for a service that runs the same few statements all day, unless the connection string sets them:
    /// statements used twice are prepared on the server (no parse and plan per outbox, inbox or audit insert), and a
    /// pooled connection is not reset with DISCARD ALL on every rent (the services keep no session state).
    /// </summary>
    public static string WithPerformanceDefaults(string connectionString)
    {
        var settings = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var given = connectionString.Replace(" ", "", StringComparison.Ordinal); // "Max Auto Prepare" or "MaxAutoPrepare"
        bool Given(string keyword) => given.Contains(keyword + "=", StringComparison.OrdinalIgnoreCase);
        if (!Given("MaxAutoPrepare")) settings.MaxAutoPrepare = 64;
        if (!Given("AutoPrepareMinUsages")) settings.AutoPrepareMinUsages = 2;
        if (!Given("NoResetOnClose")) settings.NoResetOnClose = true;
        return settings.ConnectionString;
    }
}
