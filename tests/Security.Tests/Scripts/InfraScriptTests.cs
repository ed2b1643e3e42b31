using System.Diagnostics;
using LabourWelfare.TestSupport;
using Npgsql;

namespace LabourWelfare.Security.Tests.Scripts;

/// <summary>
/// eng/infra.sh never writes a checkout's databases into a PostgreSQL that checkout did not start (issue 16: a second
/// checkout silently reused another one's cluster). The test runs a copy of the scripts as a fresh checkout pointed at
/// the test server's port: that checkout did not start it.
/// </summary>
public sealed class InfraScriptTests : IDisposable
{
    private readonly DirectoryInfo _checkout = Directory.CreateTempSubdirectory("lw-infra-");

    public InfraScriptTests()
    {
        var eng = Directory.CreateDirectory(Path.Combine(_checkout.FullName, "eng"));
        Directory.CreateDirectory(Path.Combine(eng.FullName, "postgres"));
        foreach (var file in new[] { "infra.sh", "resources.env", Path.Combine("postgres", "personal-data.conf") })
            File.Copy(Path.Combine(TestEnvironment.RepositoryRoot, "eng", file), Path.Combine(eng.FullName, file));
    }

    private static int ServerPort => new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres).Port;

    private string InfraEnv => Path.Combine(_checkout.FullName, ".local", "infra.env");

    [Fact]
    public async Task Start_refuses_a_postgres_it_did_not_start()
    {
        var (code, output) = await RunInfraAsync(("LW_PG_PORT", ServerPort.ToString()));

        Assert.NotEqual(0, code);
        Assert.Contains("did not start", output);
        Assert.False(File.Exists(InfraEnv), "no infra.env pointing at the foreign server");
    }

    [Fact]
    public async Task Start_uses_a_foreign_postgres_when_told_to()
    {
        var (code, output) = await RunInfraAsync(("LW_POSTGRES", TestEnvironment.Postgres), ("LW_POSTGRES_LOG", "/var/log/given.log"));

        Assert.True(code == 0, output);
        var env = await File.ReadAllTextAsync(InfraEnv);
        Assert.Contains("LW_POSTGRES_LOG=\"/var/log/given.log\"", env);
    }

    private async Task<(int Code, string Output)> RunInfraAsync(params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(_checkout.FullName, "eng", "infra.sh"));
        start.ArgumentList.Add("start");
        start.Environment.Remove("LW_POSTGRES");
        start.Environment.Remove("LW_POSTGRES_LOG");
        // The broker is the caller's: the script must not touch it.
        start.Environment["ConnectionStrings__messaging"] = TestEnvironment.RabbitMq.ToString();
        start.Environment["LW_RABBITMQ_MANAGEMENT"] = TestEnvironment.RabbitMqManagement.ToString();
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    public void Dispose() => _checkout.Delete(recursive: true);
}
