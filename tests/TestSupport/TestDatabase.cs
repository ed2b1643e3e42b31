using Npgsql;

namespace LabourWelfare.TestSupport;

/// <summary>A PostgreSQL database of the test's own, dropped at the end: tests run in parallel and twice in a row.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    /// <summary>Npgsql connection string to this database.</summary>
    public string ConnectionString { get; }

    /// <summary>Names a fresh database; the service's migrations create it.</summary>
    public static TestDatabase Create(string prefix)
    {
        var name = $"t_{prefix.ToLowerInvariant()}_{TestEnvironment.UniqueSuffix()}";
        var builder = new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = name, MaxPoolSize = 50 };
        return new TestDatabase(name, builder.ConnectionString);
    }

    /// <summary>A database someone else created (an AppHost under test); disposing it still drops it.</summary>
    public static TestDatabase Existing(string name, string connectionString) => new(name, connectionString);

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Runs a scalar query, for assertions on what was stored.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        var result = await command.ExecuteScalarAsync();
        return (T)Convert.ChangeType(result!, typeof(T));
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
