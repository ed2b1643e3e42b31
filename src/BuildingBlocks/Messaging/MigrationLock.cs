using Npgsql;

namespace LabourWelfare.Messaging;

/// <summary>
/// A PostgreSQL advisory lock held on a connection of its own (never returned to the pool) for as long as one process
/// migrates a database: replicas of a service that start at the same moment must not apply the same migration twice.
/// </summary>
internal sealed class MigrationLock : IAsyncDisposable
{
    // Any constant shared by every process that migrates; advisory locks are per database.
    private const long LockKey = 0x4C57_4D49_4752; // "LWMIGR"

    private readonly NpgsqlConnection _connection;

    private MigrationLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<MigrationLock> AcquireAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection);
        await command.ExecuteNonQueryAsync();
        return new MigrationLock(connection);
    }

    // Closing the unpooled connection ends the session, which releases the lock.
    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
