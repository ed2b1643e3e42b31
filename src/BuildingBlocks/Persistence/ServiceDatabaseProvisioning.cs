using Npgsql;

namespace LabourWelfare.Persistence;

/// <summary>
/// Creates a service's database and its two roles, as a superuser, before the service's migrations run:
/// <list type="bullet">
/// <item>the owner role owns the database and its tables; the service binary's <c>migrate</c> command runs as it;</item>
/// <item>the app role is what the running service connects as: it gets only what <see cref="AppRoleGrants"/> grants
/// (no DDL, and SELECT/INSERT only on the audit trail).</item>
/// </list>
/// Neither role is a superuser, creates databases or roles, replicates or bypasses row security. Idempotent (existing
/// roles get their attributes and password set again; an existing database is handed to the owner with its tables) and
/// safe when several launchers provision at once.
/// </summary>
public static class ServiceDatabaseProvisioning
{
    private const int LockClass = 0x4C57; // "LW": provisioning locks, one per database name

    public static async Task EnsureServiceDatabaseAsync(
        string adminConnectionString, string database, string ownerRole, string? ownerPassword, string appRole, string? appPassword,
        CancellationToken cancellationToken = default)
    {
        var db = SqlNames.Quote(database, nameof(database));
        var owner = SqlNames.Quote(ownerRole, nameof(ownerRole));
        var app = SqlNames.Quote(appRole, nameof(appRole));
        if (ownerRole == appRole) throw new ArgumentException("The owner and the app role must differ.", nameof(appRole));

        var adminSettings = new NpgsqlConnectionStringBuilder(adminConnectionString) { Pooling = false };
        if (string.IsNullOrEmpty(adminSettings.Database) || adminSettings.Database == database) adminSettings.Database = "postgres";
        await using (var admin = new NpgsqlConnection(adminSettings.ConnectionString))
        {
            await admin.OpenAsync(cancellationToken);
            await ExecuteAsync(admin, $"SELECT pg_advisory_lock({LockClass}, hashtext({SqlNames.Literal(database)}))", cancellationToken);

            await EnsureRoleAsync(admin, ownerRole, owner, ownerPassword, cancellationToken);
            await EnsureRoleAsync(admin, appRole, app, appPassword, cancellationToken);

            var currentOwner = await ScalarAsync(admin,
                "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = $1", database, cancellationToken);
            if (currentOwner is null)
            {
                try
                {
                    await ExecuteAsync(admin, $"CREATE DATABASE {db} OWNER {owner} ENCODING 'UTF8'", cancellationToken);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
                {
                    // another launcher without our lock (an older version) made it first
                    await ExecuteAsync(admin, $"ALTER DATABASE {db} OWNER TO {owner}", cancellationToken);
                }
            }
            else if (currentOwner != ownerRole)
            {
                await ExecuteAsync(admin, $"ALTER DATABASE {db} OWNER TO {owner}", cancellationToken);
            }
            // Only the service's own roles reach its database (superusers always can).
            await ExecuteAsync(admin, $"REVOKE ALL ON DATABASE {db} FROM PUBLIC", cancellationToken);
            await ExecuteAsync(admin, $"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {app}", cancellationToken);
        }

        // Inside the database: nobody else creates objects in public, and tables made earlier by someone else (a
        // database from before the roles existed) pass to the owner, so its migrations can change them.
        var inside = new NpgsqlConnectionStringBuilder(adminSettings.ConnectionString) { Database = database };
        await using var connection = new NpgsqlConnection(inside.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "REVOKE CREATE ON SCHEMA public FROM PUBLIC", cancellationToken);
        await ExecuteAsync(connection, $"GRANT ALL ON SCHEMA public TO {owner}", cancellationToken);
        await ExecuteAsync(connection, $$"""
            DO $$
            DECLARE r record;
            BEGIN
              FOR r IN
                SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                  AND pg_get_userbyid(c.relowner) <> {{SqlNames.Literal(ownerRole)}}
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))
              LOOP
                EXECUTE format('ALTER %s public.%I OWNER TO %I',
                  CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                 WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
                  r.relname, {{SqlNames.Literal(ownerRole)}});
              END LOOP;
            END $$
            """, cancellationToken);
    }

    private static async Task EnsureRoleAsync(NpgsqlConnection admin, string role, string quoted, string? password, CancellationToken cancellationToken)
    {
        const string attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT";
        var exists = await ScalarAsync(admin, "SELECT rolname FROM pg_roles WHERE rolname = $1", role, cancellationToken) is not null;
        if (!exists)
        {
            try
            {
                await ExecuteAsync(admin, $"CREATE ROLE {quoted} {attributes} PASSWORD {SqlNames.Literal(password)}", cancellationToken);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateObject)
            {
                // made concurrently for another database: set it up as below
            }
        }
        await ExecuteAsync(admin, $"ALTER ROLE {quoted} {attributes} PASSWORD {SqlNames.Literal(password)}", cancellationToken);
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string?> ScalarAsync(NpgsqlConnection connection, string sql, string parameter, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
