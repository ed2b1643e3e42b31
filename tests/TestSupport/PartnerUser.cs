using System.Diagnostics;
using RabbitMQ.Client;
using Xunit;

namespace LabourWelfare.TestSupport;

/// <summary>
/// A partner agency's RabbitMQ user on a test vhost, made by eng/partner-user.sh exactly as an operator would (it may
/// bind its own queues partner.&lt;name&gt;.* to the public exchanges and read them, nothing else); removed on dispose.
/// </summary>
public sealed class PartnerUser : IAsyncDisposable
{
    private PartnerUser(string name, string vhost)
    {
        Name = name;
        VirtualHost = vhost;
    }

    public string Name { get; }
    public string VirtualHost { get; }
    public string UserName => "partner-" + Name;
    public string Password { get; } = Guid.NewGuid().ToString("N");
    public string Queue(string suffix = "events") => $"partner.{Name}.{suffix}";

    public static async Task<PartnerUser> AddAsync(string vhost)
    {
        var partner = new PartnerUser("t" + TestEnvironment.UniqueSuffix(), vhost);
        var (code, output) = await RunScriptAsync("add", partner.Name, partner.Password, "--vhost", vhost);
        Assert.True(code == 0, $"partner-user.sh add failed ({code}): {output}");
        return partner;
    }

    public async Task<IConnection> ConnectAsync()
    {
        var factory = new ConnectionFactory
        {
            HostName = TestEnvironment.RabbitMq.Host,
            Port = TestEnvironment.RabbitMq.Port,
            VirtualHost = VirtualHost,
            UserName = UserName,
            Password = Password,
        };
        return await factory.CreateConnectionAsync();
    }

    public static async Task<(int ExitCode, string Output)> RunScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TestEnvironment.RepositoryRoot, "eng", "partner-user.sh"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["LW_RABBITMQ_MANAGEMENT"] = TestEnvironment.RabbitMqManagement.ToString().TrimEnd('/');
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    public async ValueTask DisposeAsync() => await RunScriptAsync("remove", Name);
}
