using System.Diagnostics;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.WelfareAid.Tests;

/// <summary>
/// The deployment step as a launcher runs it: the service binary with first argument "migrate", the OWNER's connection
/// string and Database__AppRole; it migrates, grants the app role (audit_log append-only) and exits 0.
/// </summary>
public sealed class MigrateCommandTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create("migrate");

    [Fact]
    public async Task Migrate_applies_the_migrations_as_the_owner_and_grants_the_app_role()
    {
        await _database.CreateAsync(async (owner, appRole) =>
        {
            var (code, output) = await RunAsync(("ConnectionStrings__" + PlatformResources.WelfareAid.Database, owner), ("Database__AppRole", appRole));
            Assert.True(code == 0, output);
        });

        Assert.True(await _database.ScalarAsync<long>("SELECT count(*) FROM __ef_migrations_history") > 0);
        Assert.Equal(_database.OwnerRole, await _database.ScalarAsync<string>(
            "SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'beneficiaries'"));
        await DatabaseRoleAssertions.ServiceRoleCannotRewriteHistoryAsync(_database);
    }

    [Fact]
    public async Task Migrate_without_an_app_role_refuses()
    {
        await _database.CreateAsync(async (owner, _) =>
        {
            var (code, output) = await RunAsync(("ConnectionStrings__" + PlatformResources.WelfareAid.Database, owner));
            Assert.True(code == 2, output);
        });
    }

    private static async Task<(int Code, string Output)> RunAsync(params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LabourWelfare.WelfareAid.dll"));
        start.ArgumentList.Add("migrate");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
