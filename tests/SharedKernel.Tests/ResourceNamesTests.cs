using System.Text.RegularExpressions;
using LabourWelfare.ServiceDefaults;

namespace LabourWelfare.SharedKernel.Tests;

/// <summary>The eng/ scripts and the services (and the AppHost, which compiles the same file) agree on resource names.</summary>
public sealed class ResourceNamesTests
{
    [Fact]
    public void Eng_resources_env_matches_PlatformResources()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "LabourWelfare.slnx"))) root = root.Parent!;
        var env = File.ReadAllLines(Path.Combine(root.FullName, "eng", "resources.env"))
            .Where(l => l.Contains('=') && !l.TrimStart().StartsWith('#'))
            .ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..].Trim('"'));

        Assert.Equal(PlatformResources.Messaging, env["LW_MESSAGING"]);
        Assert.Equal(PlatformResources.Gateway, env["LW_GATEWAY"]);
        Assert.Equal(PlatformResources.GatewayLocalPort.ToString(), env["LW_GATEWAY_PORT"]);
        Assert.Equal(PlatformResources.Web, env["LW_WEB"]);
        Assert.Equal(PlatformResources.WebLocalPort.ToString(), env["LW_WEB_PORT"]);
        var services = env["LW_SERVICES"].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Split(':')).Select(p => new ServiceResource(p[0], p[1], int.Parse(p[2]))).ToList();
        Assert.Equal(PlatformResources.Services, services);
    }

    [Fact]
    public void The_AppHost_takes_its_names_from_PlatformResources()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "LabourWelfare.slnx"))) root = root.Parent!;
        var project = File.ReadAllText(Path.Combine(root.FullName, "src", "AppHost", "LabourWelfare.AppHost.csproj"));
        Assert.Contains("ServiceDefaults/PlatformResources.cs", project.Replace('\\', '/'));
        var program = File.ReadAllText(Path.Combine(root.FullName, "src", "AppHost", "Program.cs"));
        // No resource name is spelled out as a string literal in the AppHost's map.
        foreach (var name in PlatformResources.Services.SelectMany(s => new[] { s.Name, s.Database }).Append(PlatformResources.Messaging))
            Assert.DoesNotMatch(new Regex($"\"{name}\""), program);
    }

    [Fact]
    public void The_Aspire_solution_is_the_default_solution_plus_the_AppHost()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "LabourWelfare.slnx"))) root = root.Parent!;
        static HashSet<string> Projects(string file) =>
            Regex.Matches(File.ReadAllText(file), "Project Path=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet();

        var defaults = Projects(Path.Combine(root.FullName, "LabourWelfare.slnx"));
        var aspire = Projects(Path.Combine(root.FullName, "LabourWelfare.Aspire.slnx"));

        Assert.DoesNotContain("src/AppHost/LabourWelfare.AppHost.csproj", defaults);
        Assert.Equal(defaults.Append("src/AppHost/LabourWelfare.AppHost.csproj").Order(), aspire.Order());
    }
}
