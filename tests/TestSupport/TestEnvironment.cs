namespace LabourWelfare.TestSupport;

/// <summary>Where the test infrastructure is: set by eng/test.sh from eng/infra.sh, with the same defaults.</summary>
public static class TestEnvironment
{
    public static string Postgres =>
        Environment.GetEnvironmentVariable("LW_POSTGRES") ?? "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres";

    public static Uri RabbitMq => new(Environment.GetEnvironmentVariable("LW_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:5672");

    public static Uri RabbitMqManagement =>
        new(Environment.GetEnvironmentVariable("LW_RABBITMQ_MANAGEMENT") ?? "http://127.0.0.1:15672");

    /// <summary>The repository root (for scripts and built binaries).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("LW_REPO_ROOT");
            if (!string.IsNullOrEmpty(fromEnv)) return fromEnv;
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LabourWelfare.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
        }
    }

    /// <summary>A short unique suffix for names of databases, vhosts and queues.</summary>
    public static string UniqueSuffix() => Guid.NewGuid().ToString("N")[..10];
}
