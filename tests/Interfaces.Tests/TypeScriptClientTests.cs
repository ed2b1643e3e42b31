using System.Diagnostics;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Xunit.Abstractions;

namespace LabourWelfare.Interfaces.Tests;

/// <summary>
/// The documents are usable: the gateway's OpenAPI documents are turned into a TypeScript client by
/// eng/generate-client.sh (openapi-typescript + openapi-fetch) and type-checked, together with usage code that must
/// compile (and code that must not: a wrong path or a wrongly typed body).
/// </summary>
public sealed class TypeScriptClientTests(DevelopmentGatewayFactory gateway, ITestOutputHelper output) : IClassFixture<DevelopmentGatewayFactory>
{
    [Fact]
    public async Task Client_generated_from_the_gateway_documents_type_checks()
    {
        if (!OnPath("node") || !OnPath("npm"))
        {
            output.WriteLine("SKIPPED: node and npm are not installed, so the TypeScript client cannot be generated.");
            return;
        }

        var work = Directory.CreateTempSubdirectory("lw-client-");
        try
        {
            var client = gateway.CreateClient();
            var documents = new List<string>();
            foreach (var service in PlatformResources.Services)
            {
                var path = Path.Combine(work.FullName, $"{service.Name}.json");
                await File.WriteAllTextAsync(path, await client.GetStringAsync($"/openapi/{service.Name}.json"));
                documents.Add(path);
            }
            var check = Path.Combine(work.FullName, "usage.check.ts");
            await File.WriteAllTextAsync(check, UsageCheck.Replace("{{client}}", Path.Combine(TestEnvironment.RepositoryRoot, "clients", "typescript", "src", "client")));

            var (exitCode, log) = await RunAsync("bash",
                [Path.Combine(TestEnvironment.RepositoryRoot, "eng", "generate-client.sh"), "--out", work.FullName, "--check", check, .. documents]);
            output.WriteLine(log);
            Assert.True(exitCode == 0, $"eng/generate-client.sh failed ({exitCode}):\n{log}");
            Assert.True(File.Exists(Path.Combine(work.FullName, "cooperatives.ts")));
            Assert.Contains("type-check passed", log);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Uses the sample service's document the way a frontend would; the @ts-expect-error lines prove the types bite.</summary>
    private const string UsageCheck = """
        import type { paths, components } from "./cooperatives";
        import { createApiClient, type Problem } from "{{client}}";

        const api = createApiClient<paths>({ baseUrl: "http://localhost:5100", token: () => "token", language: "fa" });

        export async function tryIt(): Promise<void> {
          const created = await api.POST("/api/cooperatives/widgets", {
            body: { name: "Widget", region: "fars", price: 120000, quantity: 2 },
          });
          if (created.data) {
            const widget: components["schemas"]["SampleEndpointsWidgetResponse"] = created.data;
            const price: number = widget.price;
            void price;
          } else if (created.error) {
            const problem: Problem = created.error;
            void problem.errors?.["name"];
          }
          const page = await api.GET("/api/cooperatives/widgets", { params: { query: { page: 1, pageSize: 100, name: "Widget" } } });
          const total: number | undefined = page.data?.totalCount;
          void total;
          const one = await api.GET("/api/cooperatives/widgets/{id}", { params: { path: { id: "0193a7c2-5f1e-7b3a-9c1d-2e4f6a8b0c1d" } } });
          void one.data?.name;

          // @ts-expect-error: no such path
          await api.GET("/api/cooperatives/nothing-here");
          // @ts-expect-error: price is a number
          await api.POST("/api/cooperatives/widgets", { body: { name: "Widget", region: "fars", price: true, quantity: 2 } });
        }
        """;

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, tool)));

    private static async Task<(int ExitCode, string Log)> RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
