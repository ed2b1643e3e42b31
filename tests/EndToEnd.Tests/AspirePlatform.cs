using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace LabourWelfare.EndToEnd.Tests;

/// <summary>
/// The whole platform as operators run it: the AppHost, started once per test run with Aspire.Hosting.Testing, with
/// PostgreSQL and RabbitMQ of its own (free ports, a temporary data folder: parallel and repeated runs never meet)
/// and two replicas of every service, so every end-to-end test also runs against competing consumers. What the tests
/// need beyond the map is added to it here: a TCP proxy in front of the inspections service's broker connection (to
/// cut it), an OTLP collector of the test's own, and the test signing key.
/// </summary>
public sealed class AspirePlatform : IAsyncLifetime
{
    public const int Replicas = 2;

    private readonly string _dataDirectory = Path.Combine("/var/tmp", "lw-e2e-" + TestEnvironment.UniqueSuffix());
    private readonly ConcurrentQueue<string> _output = new();
    private readonly CancellationTokenSource _stopWatching = new();
    private DistributedApplication _app = null!;
    private readonly Dictionary<string, PlatformDatabase> _databases = [];

    /// <summary>The broker of this run (amqp URI; its default vhost is the run's own).</summary>
    public Uri Broker { get; private set; } = null!;

    /// <summary>The management API of this run's broker.</summary>
    public RabbitMqManagement Management { get; private set; } = null!;

    /// <summary>The inspections service reaches RabbitMQ through this proxy (for the outage test).</summary>
    public TcpProxy InspectionsBrokerProxy { get; private set; } = null!;

    public Uri GatewayAddress { get; private set; } = null!;

    public Uri ServiceAddress(string service) => _app.GetEndpoint(service, "http");

    public PlatformDatabase Database(string service) => _databases[service];

    /// <summary>Where every process exports its traces, logs and metrics (for the personal-data test).</summary>
    public OtlpCollector Telemetry { get; private set; } = null!;

    /// <summary>Everything every resource wrote to stdout and stderr (for the personal-data log test).</summary>
    public string CapturedOutput => string.Join('\n', _output);

    public HttpClient Gateway(string? token = null)
    {
        // Every request and answer through the gateway is checked against the services' published OpenAPI documents.
        var validating = LabourWelfare.TestSupport.Contracts.ContractValidatingHandler.ForGateway(GatewayAddress);
        validating.InnerHandler = new HttpClientHandler();
        var client = new HttpClient(validating) { BaseAddress = GatewayAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public async Task InitializeAsync()
    {
        Telemetry = await OtlpCollector.StartAsync();
        var rabbitPort = FreePort();
        InspectionsBrokerProxy = new TcpProxy("127.0.0.1", rabbitPort);

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.LabourWelfare_AppHost>(
        [
            $"Infrastructure:Mode=executables",
            $"Infrastructure:DataDirectory={_dataDirectory}",
            $"Infrastructure:PostgresPort=0",
            $"Infrastructure:RabbitMqPort={rabbitPort}",
            $"Infrastructure:RabbitMqManagementPort=0",
            $"Infrastructure:RabbitMqDistributionPort=0",
            $"Gateway:Port=0",
            $"Parameters:auth-issuer={TestTokens.Issuer}",
            $"Parameters:auth-audience={TestTokens.Audience}",
            $"Parameters:auth-signing-key={TestTokens.SigningKey}",
            .. PlatformResources.Services.Select(s => $"Replicas:{s.Name}={Replicas}"),
        ]);

        var brokerPassword = builder.Resources.OfType<ParameterResource>().Single(p => p.Name == "messaging-password");
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            var resource = builder.CreateResourceBuilder(project)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", Telemetry.Endpoint.ToString().TrimEnd('/'))
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                .WithEnvironment("Outbox__PollInterval", "00:00:00.500")
                .WithEnvironment("Logging__LogLevel__Default", "Information")
                // Stricter than deployed (those categories are at Warning there): request lines, every SQL command EF
                // Core runs (parameters must stay '?') and the bus, so the personal-data test sees them all.
                .WithEnvironment("Logging__LogLevel__Microsoft.AspNetCore", "Information")
                .WithEnvironment("Logging__LogLevel__Microsoft.EntityFrameworkCore", "Information")
                .WithEnvironment("Logging__LogLevel__MassTransit", "Information")
                .WithEnvironment("Logging__LogLevel__Yarp", "Information");
            if (project.Name == PlatformResources.Inspections.Name)
            {
                resource.WithEnvironment(PlatformResources.ConnectionStringVariable(PlatformResources.Messaging),
                    ReferenceExpression.Create($"amqp://platform:{brokerPassword}@127.0.0.1:{InspectionsBrokerProxy.Port.ToString()}"));
            }
        }

        _app = await builder.BuildAsync();
        _ = CollectStatesAndOutputAsync(_app.Services.GetRequiredService<ResourceLoggerService>());

        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        try
        {
            await _app.StartAsync(startup.Token);
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(PlatformResources.Gateway, startup.Token);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"The platform did not become healthy: {e.Message}\n{string.Join('\n', _output.Where(l => !l.Contains("Waiting")).TakeLast(150))}", e);
        }

        GatewayAddress = _app.GetEndpoint(PlatformResources.Gateway, "http");
        Broker = new Uri((await _app.GetConnectionStringAsync(PlatformResources.Messaging))!);
        var credentials = Broker.UserInfo.Split(':');
        Management = new RabbitMqManagement(_app.GetEndpoint(PlatformResources.Messaging, "management"),
            Uri.UnescapeDataString(credentials[0]), Uri.UnescapeDataString(credentials[1]));
        foreach (var service in PlatformResources.Services)
        {
            _databases[service.Name] = new PlatformDatabase((await _app.GetConnectionStringAsync(service.Database))!);
        }
    }

    private async Task CollectOutputAsync(ResourceLoggerService logs, string resource)
    {
        try
        {
            await foreach (var batch in logs.WatchAsync(resource).WithCancellation(_stopWatching.Token))
                foreach (var line in batch) _output.Enqueue($"[{resource}] {line.Content}");
        }
        catch (OperationCanceledException)
        {
        }
    }

    // Each replica and executable has an id of its own (inspections-abcd1234): its output is collected from the
    // moment the id first appears.
    private async Task CollectStatesAndOutputAsync(ResourceLoggerService logs)
    {
        var watched = new HashSet<string>();
        var last = new Dictionary<string, string>();
        try
        {
            await foreach (var update in _app.ResourceNotifications.WatchAsync(_stopWatching.Token))
            {
                if (watched.Add(update.ResourceId)) _ = CollectOutputAsync(logs, update.ResourceId);
                var state = $"{update.Snapshot.State?.Text} health {update.Snapshot.HealthStatus} exit {update.Snapshot.ExitCode}";
                if (last.GetValueOrDefault(update.ResourceId) == state) continue;
                last[update.ResourceId] = state;
                _output.Enqueue($"[state] {update.ResourceId}: {state}");
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async Task DisposeAsync()
    {
        // Kept next to the test binaries for the post-mortem of a failed run.
        await File.WriteAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "e2e-resources.log"), _output);
        if (_app is not null)
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try { await _app.StopAsync(stop.Token); } catch (OperationCanceledException) { }
            await _app.DisposeAsync();
        }
        await _stopWatching.CancelAsync();
        Management?.Dispose();
        await InspectionsBrokerProxy.DisposeAsync();
        await Telemetry.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<AspirePlatform>
{
    public const string Name = "platform";
}
