using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace LabourWelfare.AppHost.Infrastructure;

/// <summary>
/// Where the AppHost keeps PostgreSQL's and RabbitMQ's data and which ports they listen on (section "Infrastructure").
/// Defaults keep data between runs in a folder of this checkout's own; a port of 0 means "any free port" (the
/// end-to-end tests use 0 and a temporary data folder, so a test run never touches a developer's platform).
/// </summary>
internal sealed class InfrastructureSettings
{
    public const string Section = "Infrastructure";

    /// <summary>auto (containers when a container engine answers, else the operating system's packages), containers, executables.</summary>
    public string Mode { get; set; } = "auto";

    public string? DataDirectory { get; set; }

    public int PostgresPort { get; set; } = 5532;

    public int RabbitMqPort { get; set; } = 5682;

    public int RabbitMqManagementPort { get; set; } = 15682;

    /// <summary>Erlang distribution port of the RabbitMQ node (rabbitmqctl talks to it).</summary>
    public int RabbitMqDistributionPort { get; set; } = 25682;

    /// <summary>PostgreSQL server binaries (Debian's postgresql-15 package).</summary>
    public string PostgresBin { get; set; } = "/usr/lib/postgresql/15/bin";

    public static InfrastructureSettings From(IDistributedApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(Section).Get<InfrastructureSettings>() ?? new InfrastructureSettings();
        settings.DataDirectory ??= DefaultDataDirectory(builder);
        settings.PostgresPort = OrFreePort(settings.PostgresPort);
        settings.RabbitMqPort = OrFreePort(settings.RabbitMqPort);
        settings.RabbitMqManagementPort = OrFreePort(settings.RabbitMqManagementPort);
        settings.RabbitMqDistributionPort = OrFreePort(settings.RabbitMqDistributionPort);
        return settings;
    }

    public static bool IsRoot => Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root";

    /// <summary>A stable short id of this checkout, so two checkouts on one machine never share a cluster or a node.</summary>
    public static string CheckoutId(IDistributedApplicationBuilder builder) =>
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(RepositoryRoot(builder))))[..10];

    public static string RepositoryRoot(IDistributedApplicationBuilder builder) =>
        Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".."));

    // As root the servers run as the postgres and rabbitmq users, who may not reach a checkout under /root: their data
    // then lives under /var/lib. Otherwise it stays inside the checkout (.local/ is ignored by git).
    private static string DefaultDataDirectory(IDistributedApplicationBuilder builder) =>
        IsRoot
            ? Path.Combine("/var/lib/labourwelfare", CheckoutId(builder))
            : Path.Combine(RepositoryRoot(builder), ".local", "aspire");

    private static int OrFreePort(int port)
    {
        if (port != 0) return port;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
