using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace LabourWelfare.AppHost.Infrastructure;

/// <summary>The broker as the services see it: an executable whose connection string is an amqp URI.</summary>
internal sealed class LocalRabbitMqResource(string name, string command, string workingDirectory, ReferenceExpression connectionString)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public ReferenceExpression ConnectionStringExpression { get; } = connectionString;
}

/// <summary>
/// RabbitMQ from the operating system's package (installed with apt-get when missing and the AppHost runs as root), as
/// a node of this checkout's own: its own name, data folder, ports and configuration, so it never touches a
/// machine-wide broker. Management (queues, _error queues) and shovel (eng/replay-errors.sh) plugins are on.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static class LocalRabbitMq
{
    private const string OsUser = "rabbitmq";
    private const string User = "platform";
    private const string Server = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    public static IResourceBuilder<LocalRabbitMqResource> Add(IDistributedApplicationBuilder builder, InfrastructureSettings settings)
    {
        var dataDirectory = Path.Combine(settings.DataDirectory!, "rabbitmq");
        var password = builder.AddParameter(AppHostNames.MessagingPassword, BrokerPassword(settings.DataDirectory!), secret: true);
        var port = settings.RabbitMqPort.ToString(CultureInfo.InvariantCulture);
        var connectionString = ReferenceExpression.Create($"amqp://{User}:{password.Resource}@localhost:{port}");

        var (command, args) = OperatingSystemUsers.As(OsUser, Server, []);
        var resource = new LocalRabbitMqResource(PlatformResources.Messaging, command, "/", connectionString);

        const string healthCheckKey = "messaging_check";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            healthCheckKey, _ => new RabbitMqHealthCheck(async ct => new Uri($"amqp://{User}:{await password.Resource.GetValueAsync(ct)}@localhost:{port}")), failureStatus: null, tags: null));

        var broker = builder.AddResource(resource)
            .WithArgs(args.Cast<object>().ToArray())
            .WithEnvironment("HOME", dataDirectory) // the Erlang cookie lives here
            .WithEnvironment("RABBITMQ_NODENAME", $"lw-{InfrastructureSettings.CheckoutId(builder)}-{port}@localhost")
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", port)
            .WithEnvironment("RABBITMQ_DIST_PORT", settings.RabbitMqDistributionPort.ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(dataDirectory, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(dataDirectory, "log"))
            .WithEnvironment("RABBITMQ_LOGS", "-") // to stdout: the dashboard shows the broker's log
            .WithEnvironment("RABBITMQ_CONFIG_FILE", Path.Combine(dataDirectory, "rabbitmq.conf"))
            .WithEnvironment("RABBITMQ_ADVANCED_CONFIG_FILE", Path.Combine(dataDirectory, "advanced.config"))
            .WithEnvironment("RABBITMQ_CONF_ENV_FILE", Path.Combine(dataDirectory, "rabbitmq-env.conf"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(dataDirectory, "enabled_plugins"))
            .WithEnvironment("RABBITMQ_PID_FILE", Path.Combine(dataDirectory, "rabbitmq.pid"))
            .WithEndpoint(AppHostNames.TcpEndpoint, endpoint =>
            {
                endpoint.Port = settings.RabbitMqPort;
                endpoint.TargetPort = settings.RabbitMqPort;
                endpoint.IsProxied = false;
                endpoint.UriScheme = "amqp";
            })
            .WithEndpoint(AppHostNames.ManagementEndpoint, endpoint =>
            {
                endpoint.Port = settings.RabbitMqManagementPort;
                endpoint.TargetPort = settings.RabbitMqManagementPort;
                endpoint.IsProxied = false;
                endpoint.UriScheme = "http";
            })
            .WithHealthCheck(healthCheckKey)
            .WithIconName("Mail");

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(broker.Resource, async (evt, ct) =>
        {
            var logger = evt.Services.GetRequiredService<ResourceLoggerService>().GetLogger(broker.Resource);
            await EnsureInstalledAsync(logger, ct);
            await WriteConfigurationAsync(dataDirectory, settings, (await password.Resource.GetValueAsync(ct))!, ct);
        });
        return broker;
    }

    private static async Task EnsureInstalledAsync(ILogger logger, CancellationToken ct)
    {
        if (File.Exists(Server)) return;
        if (!InfrastructureSettings.IsRoot)
            throw new DistributedApplicationException("rabbitmq-server is not installed: run `sudo apt-get install rabbitmq-server`, then start the AppHost again.");
        logger.LogInformation("Installing rabbitmq-server (apt-get); this happens once per machine");
        var (updateCode, updateOutput) = await OperatingSystemUsers.RunAsync("apt-get", ["update", "-qq"], ct);
        if (updateCode != 0) logger.LogWarning("apt-get update: {Output}", updateOutput);
        var (code, output) = await OperatingSystemUsers.RunAsync("env", ["DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq", "rabbitmq-server"], ct);
        if (code != 0) throw new DistributedApplicationException($"apt-get install rabbitmq-server failed: {output}");
        // Debian's package starts a machine-wide broker; ours is separate and leaves it alone.
    }

    private static async Task WriteConfigurationAsync(string dataDirectory, InfrastructureSettings settings, string password, CancellationToken ct)
    {
        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllTextAsync(Path.Combine(dataDirectory, "rabbitmq.conf"), $"""
            # Written by the AppHost (src/AppHost/Infrastructure/LocalRabbitMq.cs) on every start.
            default_user = {User}
            default_pass = {password}
            default_user_tags.administrator = true
            default_permissions.configure = .*
            default_permissions.read = .*
            default_permissions.write = .*
            loopback_users = none
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {settings.RabbitMqManagementPort}
            log.console = true
            log.console.level = info
            log.file = false
            """, ct);
        await File.WriteAllTextAsync(Path.Combine(dataDirectory, "enabled_plugins"), "[rabbitmq_management,rabbitmq_shovel,rabbitmq_shovel_management].\n", ct);
        await File.WriteAllTextAsync(Path.Combine(dataDirectory, "rabbitmq-env.conf"), "", ct);
        OperatingSystemUsers.GiveDirectory(dataDirectory, OsUser);
    }

    private static string BrokerPassword(string dataRoot)
    {
        var file = Path.Combine(dataRoot, "rabbitmq.password");
        if (File.Exists(file)) return File.ReadAllText(file).Trim();
        Directory.CreateDirectory(dataRoot);
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
        File.WriteAllText(file, password);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return password;
    }
}

/// <summary>Healthy once an AMQP connection opens.</summary>
internal sealed class RabbitMqHealthCheck(Func<CancellationToken, Task<Uri>> uri) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var factory = new ConnectionFactory { Uri = await uri(cancellationToken), RequestedConnectionTimeout = TimeSpan.FromSeconds(5) };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
