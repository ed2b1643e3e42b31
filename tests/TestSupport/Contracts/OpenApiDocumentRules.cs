using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace LabourWelfare.TestSupport.Contracts;

/// <summary>
/// What every service's OpenAPI document must say, checked on the document the service serves: no two operations
/// share a request or success schema by accident, nullable enums accept null, every operation that answers 412/428
/// takes If-Match, creates declare Location/ETag and Idempotency-Key, problems declare Content-Language, 400 carries
/// the field-error map, every operation, parameter and schema is described and has an example; and Redocly's
/// recommended rules report no error (eng/lint-api.sh).
/// </summary>
public static class OpenApiDocumentRules
{
    /// <summary>Schemas that many operations share on purpose (the platform's own shapes).</summary>
    private static readonly HashSet<string> SharedOnPurpose = ["ProblemDetails", "HttpValidationProblemDetails"];

    public static void Verify(OpenApiContract contract)
    {
        var failures = new List<string>();
        var requestOwners = new Dictionary<string, List<string>>();
        var responseOwners = new Dictionary<string, List<string>>();
        foreach (var operation in contract.Operations)
        {
            var definition = operation.Definition;
            var id = operation.Id;
            if (definition["operationId"] is null) failures.Add($"{id}: no operationId");
            if (string.IsNullOrWhiteSpace(definition["description"]?.GetValue<string>())) failures.Add($"{id}: no description");
            if (string.IsNullOrWhiteSpace(definition["summary"]?.GetValue<string>())) failures.Add($"{id}: no summary");

            var parameters = definition["parameters"]?.AsArray().Select(p => p!.AsObject()).ToList() ?? [];
            foreach (var parameter in parameters)
            {
                var name = parameter["name"]!.GetValue<string>();
                if (string.IsNullOrWhiteSpace(parameter["description"]?.GetValue<string>())) failures.Add($"{id}: parameter {name} has no description");
                if (parameter["example"] is null && parameter["examples"] is null) failures.Add($"{id}: parameter {name} has no example");
            }
            bool HasHeader(string name) => parameters.Any(p => p["in"]!.GetValue<string>() == "header" && p["name"]!.GetValue<string>() == name);

            var responses = definition["responses"]!.AsObject();
            if ((responses.ContainsKey("412") || responses.ContainsKey("428")) && !HasHeader("If-Match"))
                failures.Add($"{id}: answers 412/428 but declares no If-Match");
            if (responses.ContainsKey("428") && parameters.FirstOrDefault(p => p["name"]!.GetValue<string>() == "If-Match")?["required"]?.GetValue<bool>() != true)
                failures.Add($"{id}: answers 428 but If-Match is not required");
            if (responses["400"]?["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>() is { } bad && !bad.EndsWith("/HttpValidationProblemDetails", StringComparison.Ordinal))
                failures.Add($"{id}: 400 without the field-error map ({bad})");
            if (responses["201"] is JsonObject created && created["headers"]?["Location"] is null)
                failures.Add($"{id}: 201 without Location");
            if (operation.Method == "POST" && definition["security"]?.AsArray().Count > 0 && !HasHeader("Idempotency-Key"))
                failures.Add($"{id}: a POST with a token but no Idempotency-Key");
            foreach (var (status, response) in responses)
            {
                if (status.StartsWith('4') && response!["headers"]?["Content-Language"] is null) failures.Add($"{id}: {status} without Content-Language");
                if (string.IsNullOrWhiteSpace(response!["description"]?.GetValue<string>())) failures.Add($"{id}: {status} has no description");
            }

            if (definition["requestBody"]?["content"]?["application/json"] is JsonObject body)
            {
                if (body["example"] is null) failures.Add($"{id}: request body has no example");
                if (Reference(body["schema"]) is { } request) Own(requestOwners, request, id);
                else failures.Add($"{id}: request body schema is not a named component");
            }
            foreach (var (status, response) in responses.Where(r => r.Key.StartsWith('2')))
            {
                if (response!["content"]?["application/json"] is not JsonObject media) continue;
                if (media["example"] is null) failures.Add($"{id}: {status} has no example");
                if (Reference(media["schema"]) is { } schema) Own(responseOwners, schema, id);
            }
        }

        foreach (var (schema, owners) in requestOwners.Where(o => o.Value.Count > 1 && !SharedOnPurpose.Contains(o.Key)))
            failures.Add($"request schema {schema} is shared by {string.Join(", ", owners)}: name each use case's request after it");
        foreach (var (schema, owners) in responseOwners.Where(o => o.Value.Count > 1 && !SharedOnPurpose.Contains(o.Key)))
        {
            // A record's own representation (WorkplaceResponse) is rightly answered by its reads and changes; a schema
            // named after one use case (RecordViolationRequest, GetStatisticsResponse) is not.
            if (owners.Any(o => schema.StartsWith(o, StringComparison.Ordinal)))
                failures.Add($"response schema {schema} is named after one use case but answered by {string.Join(", ", owners)}");
        }

        var schemas = contract.Document["components"]?["schemas"]?.AsObject() ?? [];
        foreach (var (name, schema) in schemas)
        {
            if (string.IsNullOrWhiteSpace(schema!["description"]?.GetValue<string>())) failures.Add($"schema {name} has no description");
            if (schema["examples"] is null && schema["example"] is null) failures.Add($"schema {name} has no example");
            if (schema["enum"] is JsonArray values)
            {
                if (values.Any(v => v is null)) failures.Add($"enum {name} lists null itself (nullable fields say so with oneOf)");
                if (schema["type"]?.GetValue<string>() != "string") failures.Add($"enum {name} is not typed string");
            }
            foreach (var (field, property) in schema["properties"]?.AsObject() ?? [])
                if (string.IsNullOrWhiteSpace(property!["description"]?.GetValue<string>())) failures.Add($"schema {name}.{field} has no description");
        }
        foreach (var (name, _) in schemas)
        {
            // Each schema's own example validates against it (the generated examples never drift from the schemas).
            if (schemas[name]!["examples"]?[0] is { } example)
                foreach (var error in contract.Validate($"/components/schemas/{name}", JsonDocument.Parse(example.ToJsonString()).RootElement))
                    failures.Add($"schema {name}: its example breaks it: {error}");
        }

        Assert.True(failures.Count == 0, $"OpenAPI document: {failures.Count} problem(s)\n" + string.Join("\n", failures));
    }

    /// <summary>A schema reference, or the reference inside oneOf [null, $ref].</summary>
    private static string? Reference(JsonNode? schema) =>
        schema?["$ref"]?.GetValue<string>()?.Split('/')[^1]
        ?? schema?["oneOf"]?.AsArray().Select(s => s?["$ref"]?.GetValue<string>()).FirstOrDefault(r => r is not null)?.Split('/')[^1];

    private static void Own(Dictionary<string, List<string>> owners, string schema, string operation)
    {
        if (!owners.TryGetValue(schema, out var list)) owners[schema] = list = [];
        list.Add(operation);
    }

    /// <summary>
    /// Lints the document with Redocly CLI's recommended rules (eng/lint-api.sh installs it with npm): zero errors.
    /// Skipped with a message where node/npm are missing, like the TypeScript client test.
    /// </summary>
    public static async Task LintAsync(string document, string name, Action<string> log)
    {
        if (!Tools.OnPath("node") || !Tools.OnPath("npm"))
        {
            log("SKIPPED: node and npm are not installed, so Redocly CLI cannot run.");
            return;
        }
        var work = Directory.CreateTempSubdirectory("lw-lint-");
        try
        {
            var extension = document.TrimStart().StartsWith('{') ? "json" : "yaml";
            var path = Path.Combine(work.FullName, $"{name}.{extension}");
            await File.WriteAllTextAsync(path, document);
            var (exitCode, output) = await Tools.RunAsync("bash", [Path.Combine(TestEnvironment.RepositoryRoot, "eng", "lint-api.sh"), path]);
            log(output);
            Assert.True(exitCode == 0, $"Redocly lint of {name} failed ({exitCode}):\n{output}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}

/// <summary>Running the npm-installed tools of the repository from tests.</summary>
public static class Tools
{
    public static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, tool)));

    public static async Task<(int ExitCode, string Log)> RunAsync(string file, string[] arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.StandardInput.Close(); // CI has no stdin: a tool that asks a question must not wait for an answer
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
