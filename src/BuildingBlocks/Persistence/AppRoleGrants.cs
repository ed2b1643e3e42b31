using Npgsql;

namespace LabourWelfare.Persistence;

/// <summary>
/// What the running service's role may do in its database, granted by the owner after the migrations: read and write
/// the tables and use the sequences, but only read and append the append-only tables (the audit trail): no UPDATE,
/// DELETE or TRUNCATE there, enforced by PostgreSQL. Tables added by later migrations get the same through default
/// privileges; the append-only ones are narrowed again on every run.
/// </summary>
public static class AppRoleGrants
{
    public static async Task GrantAsync(string ownerConnectionString, string appRole, IReadOnlyCollection<string> appendOnlyTables,
        CancellationToken cancellationToken = default)
    {
        var app = SqlNames.Quote(appRole, nameof(appRole));
        var settings = new NpgsqlConnectionStringBuilder(ownerConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string[] statements =
        [
            $"GRANT USAGE ON SCHEMA public TO {app}",
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {app}",
            $"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app}",
            $"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {app}",
            $"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {app}",
            .. appendOnlyTables.Select(table =>
                $"REVOKE ALL ON TABLE public.{SqlNames.Quote(table, nameof(appendOnlyTables))} FROM {app}; " +
                $"GRANT SELECT, INSERT ON TABLE public.{SqlNames.Quote(table, nameof(appendOnlyTables))} TO {app}"),
        ];
        foreach (var sql in statements) await ServiceDatabaseProvisioning.ExecuteAsync(connection, sql, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
