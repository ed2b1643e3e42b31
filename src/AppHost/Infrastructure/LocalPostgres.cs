using System.Security.Cryptography;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace LabourWelfare.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL 15 from the operating system's package, run by DCP as an executable resource: the cluster is created on
/// first start (initdb) and kept between runs; each service's database is created once the server is healthy.
/// Every database gets a loopback address of its own (127.0.0.2, .3, …) on the same server, so the dashboard names
/// each database span after its own database instead of after whichever database resource shares the address.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class LocalPostgres
{
    private const string SuperUser = "postgres";
    private const string OsUser = "postgres";
    private const int FirstDatabaseAddress = 2;
    private const int MaxDatabases = 12;

    private readonly IDistributedApplicationBuilder _builder;
    private readonly InfrastructureSettings _settings;
    private readonly List<string> _databases = [];

    private LocalPostgres(IDistributedApplicationBuilder builder, InfrastructureSettings settings)
    {
        _builder = builder;
        _settings = settings;
        DataDirectory = Path.Combine(settings.DataDirectory!, "postgres");
        Password = builder.AddParameter(AppHostNames.PostgresPassword, ClusterPassword(settings.DataDirectory!), secret: true);
    }

    public string DataDirectory { get; }

    public IResourceBuilder<ParameterResource> Password { get; }

    public IResourceBuilder<ExecutableResource> Server { get; private set; } = null!;

    public static LocalPostgres Add(IDistributedApplicationBuilder builder, InfrastructureSettings settings)
    {
        var postgres = new LocalPostgres(builder, settings);
        postgres.AddServer();
        return postgres;
    }

    /// <summary>A database of its own for one service, as a connection-string resource under the server.</summary>
    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name)
    {
        if (_databases.Count == MaxDatabases) throw new InvalidOperationException($"At most {MaxDatabases} databases.");
        var address = $"127.0.0.{FirstDatabaseAddress + _databases.Count}";
        _databases.Add(name);

        var connectionString = ReferenceExpression.Create(
            $"Host={address};Port={_settings.PostgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture)};Username={SuperUser};Password={Password.Resource};Database={name}");
        var healthCheckKey = $"{name}_check";
        string? resolved = null;
        _builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            healthCheckKey, _ => new PostgresHealthCheck(_ => Task.FromResult(resolved)), failureStatus: null, tags: null));

        var database = _builder.AddConnectionString(name, connectionString)
            .WithParentRelationship(Server)
            .WaitFor(Server)
            .WithHealthCheck(healthCheckKey);
        _builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(database.Resource, async (_, ct) =>
            resolved = await ((IResourceWithConnectionString)database.Resource).GetConnectionStringAsync(ct));
        return database;
    }

    private void AddServer()
    {
        var port = _settings.PostgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var listen = string.Join(',', Enumerable.Range(1, MaxDatabases + 1).Select(i => $"127.0.0.{i}"));
        string[] serverArgs =
        [
            "-D", DataDirectory, "-p", port,
            "-c", $"listen_addresses={listen}",
            "-c", "unix_socket_directories=",   // TCP only: never collide with a machine-wide cluster's socket
            "-c", "max_connections=400",        // services, replicas and the test run's databases share one server
            .. PersonalDataSafeLogging.ServerArguments(),
        ];
        var (command, args) = OperatingSystemUsers.As(OsUser, Path.Combine(_settings.PostgresBin, "postgres"), serverArgs);

        var adminConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = _settings.PostgresPort, Username = SuperUser, Database = "postgres", Pooling = false,
        };
        const string healthCheckKey = "postgres_check";
        _builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            healthCheckKey, _ => new PostgresHealthCheck(AdminConnectionStringAsync), failureStatus: null, tags: null));

        Server = _builder.AddExecutable(AppHostNames.Postgres, command, "/", [.. args])
            .WithEndpoint(AppHostNames.TcpEndpoint, endpoint =>
            {
                endpoint.Port = _settings.PostgresPort;
                endpoint.TargetPort = _settings.PostgresPort;
                endpoint.IsProxied = false;
                endpoint.UriScheme = "tcp";
            })
            .WithHealthCheck(healthCheckKey)
            .WithIconName("Database");

        _builder.Eventing.Subscribe<BeforeResourceStartedEvent>(Server.Resource, async (evt, ct) =>
        {
            var logger = evt.Services.GetRequiredService<ResourceLoggerService>().GetLogger(Server.Resource);
            await InitialiseClusterAsync(logger, ct);
        });
        _builder.Eventing.Subscribe<ResourceReadyEvent>(Server.Resource, async (evt, ct) =>
        {
            var logger = evt.Services.GetRequiredService<ResourceLoggerService>().GetLogger(Server.Resource);
            await CreateDatabasesAsync(logger, ct);
        });

        async Task<string?> AdminConnectionStringAsync(CancellationToken ct)
        {
            adminConnectionString.Password = await Password.Resource.GetValueAsync(ct);
            return adminConnectionString.ConnectionString;
        }
    }

    private async Task InitialiseClusterAsync(ILogger logger, CancellationToken ct)
    {
        if (!File.Exists(Path.Combine(_settings.PostgresBin, "postgres")))
            throw new DistributedApplicationException(
                $"PostgreSQL server binaries not found in {_settings.PostgresBin}: install postgresql-15 (apt-get install postgresql-15) or set Infrastructure:PostgresBin.");
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION"))) return;

        logger.LogInformation("Creating the PostgreSQL cluster in {DataDirectory}", DataDirectory);
        OperatingSystemUsers.GiveDirectory(DataDirectory, OsUser);
        var passwordFile = Path.Combine(DataDirectory, "..", "initdb-password");
        await File.WriteAllTextAsync(passwordFile, await Password.Resource.GetValueAsync(ct), ct);
        try
        {
            if (InfrastructureSettings.IsRoot) await OperatingSystemUsers.RunAsync("chown", [OsUser, passwordFile], ct);
            var (command, args) = OperatingSystemUsers.As(OsUser, Path.Combine(_settings.PostgresBin, "initdb"),
            [
                "-D", DataDirectory, "-U", SuperUser, "--pwfile", passwordFile,
                "--auth-host=scram-sha-256", "--auth-local=peer", "-E", "UTF8", "--locale=C.UTF-8",
            ]);
            var (exitCode, output) = await OperatingSystemUsers.RunAsync(command, args, ct);
            if (exitCode != 0) throw new DistributedApplicationException($"initdb failed: {output}");
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async Task CreateDatabasesAsync(ILogger logger, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = _settings.PostgresPort, Username = SuperUser, Password = await Password.Resource.GetValueAsync(ct),
            Database = "postgres", Pooling = false,
        };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        foreach (var database in _databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
            exists.Parameters.Add(new NpgsqlParameter { Value = database });
            if (await exists.ExecuteScalarAsync(ct) is not null) continue;
            try
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await create.ExecuteNonQueryAsync(ct);
                logger.LogInformation("Created database {Database}", database);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Created meanwhile: what we wanted.
            }
        }
    }

    /// <summary>The superuser password lives beside the cluster it was created with, so the two never disagree.</summary>
    private static string ClusterPassword(string dataRoot)
    {
        var file = Path.Combine(dataRoot, "postgres.password");
        if (File.Exists(file)) return File.ReadAllText(file).Trim();
        Directory.CreateDirectory(dataRoot);
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
        File.WriteAllText(file, password);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return password;
    }
}

/// <summary>Healthy once a connection opens and answers SELECT 1.</summary>
internal sealed class PostgresHealthCheck(Func<CancellationToken, Task<string?>> connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (await connectionString(cancellationToken) is not { } cs) return HealthCheckResult.Unhealthy("Connection string not yet available.");
        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cs) { Pooling = false, Timeout = 5 }.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
