using Npgsql;
using Xunit;

namespace LabourWelfare.TestSupport;

/// <summary>
/// What the role a service runs as may not do, checked by PostgreSQL itself: no superuser or role/database creation,
/// no schema changes, and the audit trail is append-only (UPDATE, DELETE, TRUNCATE refused).
/// </summary>
public static class DatabaseRoleAssertions
{
    public static async Task ServiceRoleCannotRewriteHistoryAsync(TestDatabase database)
    {
        await using var connection = await database.OpenAsServiceAsync();

        await using (var attributes = new NpgsqlCommand(
            "SELECT current_user, rolsuper, rolcreatedb, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = current_user", connection))
        await using (var reader = await attributes.ExecuteReaderAsync())
        {
            Assert.True(await reader.ReadAsync());
            Assert.Equal(database.AppRole, reader.GetString(0));
            Assert.False(reader.GetBoolean(1), "the service role is a superuser");
            Assert.False(reader.GetBoolean(2), "the service role may create databases");
            Assert.False(reader.GetBoolean(3), "the service role may create roles");
            Assert.False(reader.GetBoolean(4), "the service role bypasses row security");
        }

        Assert.True(await ScalarAsync<long>(connection, "SELECT count(*) FROM audit_log") >= 0, "the service role reads the trail");
        foreach (var sql in new[]
                 {
                     "UPDATE audit_log SET changed_by = 'someone-else'",
                     "DELETE FROM audit_log",
                     "TRUNCATE audit_log",
                     "ALTER TABLE audit_log DISABLE TRIGGER ALL",
                     "DROP TABLE audit_log",
                     "CREATE TABLE audit_log_copy (id bigint)",
                     $"ALTER ROLE \"{database.AppRole}\" SUPERUSER",
                 })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, sql));
            Assert.True(refused.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {refused.SqlState} {refused.MessageText}");
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
