namespace LabourWelfare.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL and RabbitMQ for the platform: Aspire's containers where a container engine answers, otherwise the
/// operating system's packages run as executables (no container engine can run on our build machines). Either way
/// the services see the same thing: ConnectionStrings__messaging and ConnectionStrings__&lt;service&gt;db.
/// </summary>
internal sealed class PlatformInfrastructure
{
    private readonly ServiceDatabases _databases;

    private PlatformInfrastructure(IResourceBuilder<IResourceWithConnectionString> messaging, ServiceDatabases databases)
    {
        Messaging = messaging;
        _databases = databases;
    }

    public IResourceBuilder<IResourceWithConnectionString> Messaging { get; }

    /// <summary>A database of the service's own, with its owner and app roles (one server, one database per service).</summary>
    public ServiceDatabase AddDatabase(string name) => _databases.Add(name);

    public static PlatformInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var settings = InfrastructureSettings.From(builder);
        if (UseContainers(settings))
        {
            var rabbit = builder.AddRabbitMQ(PlatformResources.Messaging, password: builder.AddParameter(AppHostNames.MessagingPassword, secret: true))
                .WithManagementPlugin()
                .WithDataVolume()
                .WithLifetime(ContainerLifetime.Persistent);
            var postgres = builder.AddPostgres(AppHostNames.Postgres, password: builder.AddParameter(AppHostNames.PostgresPassword, secret: true))
                .WithDataVolume()
                .WithLifetime(ContainerLifetime.Persistent);
            var endpoint = postgres.Resource.PrimaryEndpoint;
            var databases = new ServiceDatabases(builder, builder.CreateResourceBuilder<IResource>(postgres.Resource),
                async ct => (await postgres.Resource.GetConnectionStringAsync(ct))!,
                _ => ReferenceExpression.Create($"Host={endpoint.Property(EndpointProperty.Host)};Port={endpoint.Property(EndpointProperty.Port)}"));
            return new PlatformInfrastructure(rabbit.AsConnectionString(), databases);
        }

        if (OperatingSystem.IsWindows())
            throw new PlatformNotSupportedException("Without a container engine the AppHost runs PostgreSQL and RabbitMQ from Linux packages; on Windows use Infrastructure:Mode=containers.");
        var messaging = LocalRabbitMq.Add(builder, settings);
        var local = LocalPostgres.Add(builder, settings);
        return new PlatformInfrastructure(messaging.AsConnectionString(), local.Databases);
    }

    private static bool UseContainers(InfrastructureSettings settings) => settings.Mode.ToLowerInvariant() switch
    {
        "containers" => true,
        "executables" => false,
        "auto" => ContainerEngineAnswers(),
        _ => throw new InvalidOperationException($"{InfrastructureSettings.Section}:Mode must be auto, containers or executables, not '{settings.Mode}'."),
    };

    /// <summary>
    /// docker installed and able to talk to its engine within a few seconds. Podman is not tried: on our machines it
    /// installs and answers `podman info`, but cannot start a container (Infrastructure:Mode=containers forces it).
    /// </summary>
    private static bool ContainerEngineAnswers()
    {
        foreach (var engine in new[] { "docker" })
        {
            try
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                var (exitCode, _) = OperatingSystemUsers.RunAsync(engine, ["info"], cts.Token).GetAwaiter().GetResult();
                if (exitCode == 0) return true;
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or OperationCanceledException)
            {
                // Not installed, or no answer: try the next one.
            }
        }
        return false;
    }
}

internal static class ConnectionStringResourceExtensions
{
    public static IResourceBuilder<IResourceWithConnectionString> AsConnectionString<T>(this IResourceBuilder<T> builder)
        where T : IResourceWithConnectionString =>
        builder.ApplicationBuilder.CreateResourceBuilder<IResourceWithConnectionString>(builder.Resource);
}
