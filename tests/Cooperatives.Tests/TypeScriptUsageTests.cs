using LabourWelfare.ServiceDefaults.OpenApi;
using LabourWelfare.TestSupport;
using LabourWelfare.TestSupport.Contracts;
using Xunit.Abstractions;

namespace LabourWelfare.Cooperatives.Tests;

/// <summary>
/// clients/typescript/examples/cooperatives.ts, written from the real request shapes (create, change with If-Match,
/// list with enum filters), must type-check against the client generated from this service's live document, and its
/// deliberate mistakes must not (eng/generate-client.sh: openapi-typescript + tsc).
/// </summary>
public sealed class TypeScriptUsageTests(CooperativesFactory service, ITestOutputHelper output) : IClassFixture<CooperativesFactory>
{
    [Fact]
    public async Task Usage_written_from_the_real_requests_type_checks_against_the_generated_client()
    {
        if (!Tools.OnPath("node") || !Tools.OnPath("npm"))
        {
            output.WriteLine("SKIPPED: node and npm are not installed, so the TypeScript client cannot be generated.");
            return;
        }
        var work = Directory.CreateTempSubdirectory("lw-usage-");
        try
        {
            using var client = service.CreateClient();
            var document = Path.Combine(work.FullName, "cooperatives.json");
            await File.WriteAllTextAsync(document, await client.GetStringAsync(PlatformOpenApi.DocumentPath));
            var root = TestEnvironment.RepositoryRoot;
            var usage = (await File.ReadAllTextAsync(Path.Combine(root, "clients", "typescript", "examples", "cooperatives.ts")))
                .Replace("\"../src/generated/cooperatives\"", $"\"{Path.Combine(work.FullName, "cooperatives")}\"", StringComparison.Ordinal)
                .Replace("\"../src/client\"", $"\"{Path.Combine(root, "clients", "typescript", "src", "client")}\"", StringComparison.Ordinal);
            var check = Path.Combine(work.FullName, "usage.check.ts");
            await File.WriteAllTextAsync(check, usage);

            var (exitCode, log) = await Tools.RunAsync("bash", [Path.Combine(root, "eng", "generate-client.sh"), "--out", work.FullName, "--check", check, document]);
            output.WriteLine(log);
            Assert.True(exitCode == 0, $"the usage code does not type-check against the generated client ({exitCode}):\n{log}");
            Assert.Contains("type-check passed", log);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
