using LabourWelfare.Persistence;
using Npgsql;

namespace LabourWelfare.TestSupport;

/// <summary>
/// A PostgreSQL database of the test's own, with the roles a deployment gives a service (an owner that runs the
/// migrations, an app role the service runs as: no superuser, no DDL, audit_log append-only), all dropped at the end:
/// tests run in parallel and twice in a row, and every service test runs as the restricted role.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _ownerPassword = Guid.NewGuid().ToString("N");
    private readonly string _appPassword = Guid.NewGuid().ToString("N");
    private bool _created;

    private TestDatabase(string name) => Name = name;

    public string Name { get; }

    /// <summary>Owns the database and its tables; the migrations run as it.</summary>
    public string OwnerRole => Name + "_owner";

    /// <summary>The role the service connects as.</summary>
    public string AppRole => Name + "_app";

    /// <summary>Npgsql connection string of the service: the app role.</summary>
    public string ConnectionString => For(AppRole, _appPassword);

    /// <summary>Npgsql connection string of the owner role (migrations).</summary>
    public string OwnerConnectionString => For(OwnerRole, _ownerPassword);

    /// <summary>The test server's superuser on this database: for assertions and for arranging data behind the service's back.</summary>
    public string AdminConnectionString => new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = Name, MaxPoolSize = 50 }.ConnectionString;

    /// <summary>Names a fresh database; <see cref="CreateAsync"/> makes it.</summary>
    public static TestDatabase Create(string prefix) => new($"t_{prefix.ToLowerInvariant()}_{TestEnvironment.UniqueSuffix()}");

    /// <summary>
    /// Provisions the database and its roles as a deployment does (ServiceDatabaseProvisioning), then lets
    /// <paramref name="createSchema"/> make the schema as the owner and grant the app role (owner connection string,
    /// app role). Once per database.
    /// </summary>
    public async Task CreateAsync(Func<string, string, Task> createSchema)
    {
        if (_created) return;
        await ServiceDatabaseProvisioning.EnsureServiceDatabaseAsync(
            TestEnvironment.Postgres, Name, OwnerRole, _ownerPassword, AppRole, _appPassword);
        await createSchema(OwnerConnectionString, AppRole);
        _created = true;
    }

    private string For(string role, string password) =>
        new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres)
        {
            Database = Name, Username = role, Password = password, MaxPoolSize = 50,
        }.ConnectionString;

    /// <summary>A connection as the test server's superuser (see <see cref="AdminConnectionString"/>).</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A connection as the service's own role, to see what the service itself may and may not do.</summary>
    public async Task<NpgsqlConnection> OpenAsServiceAsync()
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
        await using var command = new NpgsqlCommand(
            $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE); DROP ROLE IF EXISTS \"{AppRole}\", \"{OwnerRole}\"", connection);
        await command.ExecuteNonQueryAsync();
    }
}
