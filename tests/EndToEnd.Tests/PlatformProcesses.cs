using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.EndToEnd.Tests;

/// <summary>
/// The whole platform as real processes: the four services and the gateway, started from their built binaries with the
/// configuration contract (ConnectionStrings__*, services__*__http__0) that Aspire or eng/run.sh would give them, on
/// databases and a RabbitMQ vhost of this test run's own. A service's broker connection can go through a TCP proxy,
/// so a test can cut one service off from RabbitMQ without disturbing anything else on the machine.
/// </summary>
public sealed class PlatformProcesses : IAsyncLifetime
{
    private readonly List<RunningProcess> _processes = [];
    private readonly Dictionary<string, TestDatabase> _databases = [];
    private readonly Dictionary<string, int> _ports = [];

    public TestVirtualHost VirtualHost { get; private set; } = null!;

    /// <summary>The inspections service reaches RabbitMQ through this proxy (for the outage test).</summary>
    public TcpProxy InspectionsBrokerProxy { get; private set; } = null!;

    public Uri GatewayAddress => new($"http://127.0.0.1:{_ports[PlatformResources.Gateway]}");

    public Uri ServiceAddress(string service) => new($"http://127.0.0.1:{_ports[service]}");

    public TestDatabase Database(string service) => _databases[service];

    /// <summary>Where every process exports its traces, logs and metrics (for the personal-data test).</summary>
    public OtlpCollector Telemetry { get; private set; } = null!;

    /// <summary>Everything the processes wrote to stdout and stderr (for the personal-data log test).</summary>
    public string CapturedOutput => string.Join('\n', _processes.SelectMany(p => p.Output));

    public HttpClient Gateway(string? token = null)
    {
        var client = new HttpClient { BaseAddress = GatewayAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public async Task InitializeAsync()
    {
        VirtualHost = await TestVirtualHost.CreateAsync("e2e");
        Telemetry = await OtlpCollector.StartAsync();
        var broker = TestEnvironment.RabbitMq;
        InspectionsBrokerProxy = new TcpProxy(broker.Host, broker.Port == -1 ? 5672 : broker.Port);
        var viaProxy = new UriBuilder(VirtualHost.AmqpUri) { Host = "127.0.0.1", Port = InspectionsBrokerProxy.Port }.Uri;

        foreach (var service in PlatformResources.Services)
        {
            _ports[service.Name] = FreePort();
            _databases[service.Name] = TestDatabase.Create("e2e_" + service.Name);
        }
        _ports[PlatformResources.Gateway] = FreePort();

        foreach (var service in PlatformResources.Services)
        {
            var messaging = service == PlatformResources.Inspections ? viaProxy : VirtualHost.AmqpUri;
            _processes.Add(Start(service.Name, ProjectDirectory(service.Name), new Dictionary<string, string>
            {
                [PlatformResources.ConnectionStringVariable(PlatformResources.Messaging)] = messaging.ToString(),
                [PlatformResources.ConnectionStringVariable(service.Database)] = _databases[service.Name].ConnectionString,
            }));
        }
        _processes.Add(Start(PlatformResources.Gateway, "Gateway", PlatformResources.Services.ToDictionary(
            s => PlatformResources.ServiceEndpointVariable(s.Name), s => ServiceAddress(s.Name).ToString())));

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        foreach (var (name, port) in _ports)
        {
            await Eventually.Until(async () =>
            {
                var crashed = _processes.FirstOrDefault(p => p.Process.HasExited);
                if (crashed is not null)
                    throw new InvalidOperationException($"{crashed.Name} exited:\n{string.Join('\n', crashed.Output.TakeLast(40))}");
                return (await http.GetAsync($"http://127.0.0.1:{port}/health")).IsSuccessStatusCode;
            }, $"{name} is healthy", TimeSpan.FromSeconds(120));
        }
    }

    private RunningProcess Start(string name, string projectDirectory, Dictionary<string, string> environment)
    {
        var directory = Path.Combine(TestEnvironment.RepositoryRoot, "src", projectDirectory, "bin", BuildConfiguration, "net10.0");
        var assembly = Path.GetFileName(projectDirectory);
        var start = new ProcessStartInfo("dotnet", [$"LabourWelfare.{assembly}.dll"])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{_ports[name]}";
        start.Environment["OTEL_SERVICE_NAME"] = name;
        start.Environment["Outbox__PollInterval"] = "00:00:00.500";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        // Stricter than deployed (those categories are at Warning there): request lines, every SQL command EF Core runs
        // (parameters must stay '?': no sensitive-data logging) and the bus, so the personal-data test sees them all.
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Information";
        start.Environment["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Information";
        start.Environment["Logging__LogLevel__MassTransit"] = "Information";
        start.Environment["Logging__LogLevel__Yarp"] = "Information";
        foreach (var (key, value) in TestTokens.Configuration()) start.Environment[key.Replace(":", "__")] = value;
        foreach (var (key, value) in Telemetry.Environment) start.Environment[key] = value;
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        var running = new RunningProcess(name, process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) running.Output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) running.Output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    private static string ProjectDirectory(string service) => service switch
    {
        "inspections" => "Services/Inspections",
        "welfareaid" => "Services/WelfareAid",
        "cooperatives" => "Services/Cooperatives",
        "mediation" => "Services/Mediation",
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    /// <summary>Release or Debug: whichever this test assembly was built as, so the binaries match.</summary>
    private static string BuildConfiguration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

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
        // Kept next to the test binaries for the post-mortem of a failed run (the databases are dropped below).
        await File.WriteAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "e2e-processes.log"),
            _processes.SelectMany(p => p.Output.Select(line => $"[{p.Name}] {line}")));
        foreach (var running in _processes)
        {
            if (!running.Process.HasExited) running.Process.Kill(entireProcessTree: true);
            await running.Process.WaitForExitAsync();
            running.Process.Dispose();
        }
        await InspectionsBrokerProxy.DisposeAsync();
        await Telemetry.DisposeAsync();
        foreach (var database in _databases.Values) await database.DisposeAsync();
        await VirtualHost.DisposeAsync();
    }

    private sealed record RunningProcess(string Name, Process Process)
    {
        public ConcurrentQueue<string> Output { get; } = new();
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformProcesses>
{
    public const string Name = "platform";
}
