using System.Security.Cryptography;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using LabourWelfare.Persistence;
using Npgsql;

namespace LabourWelfare.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL 15 from the operating system's package, run by DCP as an executable resource: the cluster is created on
/// first start (initdb) and kept between runs; each service's database and roles are provisioned once it is healthy.
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

    /// <summary>The services' databases on this server, each on a loopback address of its own.</summary>
    public ServiceDatabases Databases { get; private set; } = null!;

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
            // No personal data in the server's own log (no DETAIL lines, no statements): the one list of settings.
            .. PostgresServerSettings.CommandLineArguments(Path.Combine(InfrastructureSettings.RepositoryRoot(_builder), PostgresServerSettings.PersonalDataFile)),
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
        Databases = new ServiceDatabases(_builder, _builder.CreateResourceBuilder<IResource>(Server.Resource),
            async ct => (await AdminConnectionStringAsync(ct))!,
            index => ReferenceExpression.Create($"Host=127.0.0.{(FirstDatabaseAddress + index).ToString(System.Globalization.CultureInfo.InvariantCulture)};Port={port}"));

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
