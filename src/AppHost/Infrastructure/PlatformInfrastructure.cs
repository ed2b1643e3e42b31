namespace LabourWelfare.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL and RabbitMQ for the platform: Aspire's containers where a container engine answers, otherwise the
/// operating system's packages run as executables (no container engine can run on our build machines). Either way
/// the services see the same thing: ConnectionStrings__messaging and ConnectionStrings__&lt;service&gt;db.
/// </summary>
internal sealed class PlatformInfrastructure
{
    private readonly Func<string, IResourceBuilder<IResourceWithConnectionString>> _addDatabase;

    private PlatformInfrastructure(IResourceBuilder<IResourceWithConnectionString> messaging, Func<string, IResourceBuilder<IResourceWithConnectionString>> addDatabase)
    {
        Messaging = messaging;
        _addDatabase = addDatabase;
    }

    public IResourceBuilder<IResourceWithConnectionString> Messaging { get; }

    /// <summary>A database of the service's own (one server, one database per service).</summary>
    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => _addDatabase(name);

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
            return new PlatformInfrastructure(rabbit.AsConnectionString(), name => postgres.AddDatabase(name).AsConnectionString());
        }

        if (OperatingSystem.IsWindows())
            throw new PlatformNotSupportedException("Without a container engine the AppHost runs PostgreSQL and RabbitMQ from Linux packages; on Windows use Infrastructure:Mode=containers.");
        var messaging = LocalRabbitMq.Add(builder, settings);
        var local = LocalPostgres.Add(builder, settings);
        return new PlatformInfrastructure(messaging.AsConnectionString(), local.AddDatabase);
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
