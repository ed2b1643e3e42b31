using Microsoft.Extensions.Configuration;

namespace LabourWelfare.AppHost;

/// <summary>Settings read before the builder exists (it needs them to be created).</summary>
internal static class AppHostSettings
{
    /// <summary>Dashboard:Enabled (true by default), from the command line or the environment (Dashboard__Enabled).</summary>
    public static bool DashboardEnabled(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        return configuration.GetValue("Dashboard:Enabled", defaultValue: true);
    }
}
