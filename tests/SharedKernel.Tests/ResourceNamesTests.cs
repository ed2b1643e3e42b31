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
        var identity = env["LW_IDENTITY"].Split(':');
        Assert.Equal(PlatformResources.Identity, new ServiceResource(identity[0], identity[1], int.Parse(identity[2])));
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
    public void The_one_solution_holds_every_project_including_the_AppHost()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "LabourWelfare.slnx"))) root = root.Parent!;
        var listed = Regex.Matches(File.ReadAllText(Path.Combine(root.FullName, "LabourWelfare.slnx")), "Project Path=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Value).ToHashSet();
        var onDisk = Directory.EnumerateFiles(root.FullName, "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root.FullName, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith(".local/", StringComparison.Ordinal) && !p.Contains("/bin/") && !p.Contains("/obj/"))
            .ToHashSet();

        Assert.Contains("src/AppHost/LabourWelfare.AppHost.csproj", listed);
        Assert.Empty(onDisk.Except(listed));
        Assert.False(File.Exists(Path.Combine(root.FullName, "LabourWelfare.Aspire.slnx")), "one solution only");
    }
}
