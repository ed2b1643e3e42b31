using System.Diagnostics;

namespace LabourWelfare.AppHost.Infrastructure;

/// <summary>
/// Runs the database and broker as their own operating-system users when the AppHost runs as root (PostgreSQL refuses
/// root). setpriv execs the server in place, so DCP's stop signal reaches the server itself, not a wrapper.
/// </summary>
internal static class OperatingSystemUsers
{
    /// <summary>The command and arguments that run <paramref name="program"/> as <paramref name="user"/> when we are root.</summary>
    public static (string Command, List<string> Args) As(string user, string program, IEnumerable<string> args) =>
        InfrastructureSettings.IsRoot
            ? ("setpriv", ["--reuid=" + user, "--regid=" + user, "--init-groups", "--", program, .. args])
            : (program, [.. args]);

    /// <summary>Makes <paramref name="directory"/> (and its parents up to /var/lib/labourwelfare) usable by <paramref name="user"/>.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static void GiveDirectory(string directory, string user)
    {
        Directory.CreateDirectory(directory);
        if (!InfrastructureSettings.IsRoot) return;
        Run("chown", ["-R", $"{user}:{user}", directory]);
        Run("chmod", ["700", directory]);
        for (var parent = Path.GetDirectoryName(directory); parent is not null && parent != "/"; parent = Path.GetDirectoryName(parent))
        {
            // Parents must be traversable (not listable) by the service user.
            var mode = File.GetUnixFileMode(parent);
            File.SetUnixFileMode(parent, mode | UnixFileMode.OtherExecute);
        }
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string command, IEnumerable<string> args, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static void Run(string command, string[] args)
    {
        var (exitCode, output) = RunAsync(command, args).GetAwaiter().GetResult();
        if (exitCode != 0) throw new InvalidOperationException($"{command} {string.Join(' ', args)} failed: {output}");
    }
}
