using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace LabourWelfare.TestSupport.Contracts;

/// <summary>
/// A service's OpenAPI document as a contract: finds the operation of a request (method and path template), and
/// validates a JSON body against the schema the document gives for a request or for an answer's status, with
/// JsonSchema.Net (JSON Schema 2020-12, the dialect of OpenAPI 3.1). Component references are rewritten into
/// <c>$defs</c> so every check is self-contained.
/// </summary>
public sealed class OpenApiContract
{
    private static int _documents;
    private readonly JsonObject _document;
    private readonly JsonObject _definitions;
    private readonly List<Operation> _operations = [];
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new();
    private readonly string _id = $"https://contract.test/{Interlocked.Increment(ref _documents)}/";

    public OpenApiContract(string json)
    {
        _document = JsonNode.Parse(json)!.AsObject();
        _definitions = JsonNode.Parse(Rewrite(_document["components"]?["schemas"]?.ToJsonString() ?? "{}"))!.AsObject();
        foreach (var (path, item) in _document["paths"]!.AsObject())
            foreach (var (method, operation) in item!.AsObject())
                _operations.Add(new Operation(method.ToUpperInvariant(), path, Template(path), operation!.AsObject()));
    }

    public JsonObject Document => _document;

    public IReadOnlyList<Operation> Operations => _operations;

    public Operation? Find(string method, string path) =>
        _operations.Where(o => o.Method == method.ToUpperInvariant() && o.Pattern.IsMatch(path))
            // "/cases/statistics" before "/cases/{id}": the template with fewer parameters is the more specific one.
            .OrderBy(o => o.Path.Count(c => c == '{')).FirstOrDefault();

    /// <summary>The JSON pointers and messages of every place <paramref name="instance"/> breaks the schema at <paramref name="schemaPointer"/>.</summary>
    public IReadOnlyList<string> Validate(string schemaPointer, JsonElement instance)
    {
        var schema = _schemas.GetOrAdd(schemaPointer, Build);
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return (results.Details ?? [])
            .Where(d => !d.IsValid && d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{(string.IsNullOrEmpty(d.InstanceLocation.ToString()) ? "/" : d.InstanceLocation.ToString())}: {e.Value} ({e.Key} at {d.EvaluationPath})"))
            .Distinct()
            .Take(12)
            .DefaultIfEmpty("does not match the schema")
            .ToList();
    }

    private JsonSchema Build(string pointer)
    {
        var node = _document;
        JsonNode? current = node;
        foreach (var part in pointer.TrimStart('/').Split('/'))
            current = current?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = _definitions.DeepClone(),
            ["allOf"] = new JsonArray(JsonNode.Parse(Rewrite(current?.ToJsonString() ?? "{}"))),
        };
        using var json = JsonDocument.Parse(root.ToJsonString());
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.Build(json.RootElement.Clone(), options, new Uri(_id + Uri.EscapeDataString(pointer)));
    }

    private static string Rewrite(string json) => json.Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);

    private static Regex Template(string path) =>
        new("^" + Regex.Replace(Regex.Escape(path), @"\\\{[^}]+}", "[^/]+") + "/?$", RegexOptions.CultureInvariant);

    public sealed record Operation(string Method, string Path, Regex Pattern, JsonObject Definition)
    {
        public string Id => Definition["operationId"]?.GetValue<string>() ?? $"{Method} {Path}";

        public string Pointer => $"/paths/{Path.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}/{Method.ToLowerInvariant()}";

        public JsonObject? Response(int status) =>
            Definition["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)]?.AsObject()
            ?? Definition["responses"]?[$"{status / 100}XX"]?.AsObject()
            ?? Definition["responses"]?["default"]?.AsObject();

        public string? ResponseKey(int status) =>
            new[] { status.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{status / 100}XX", "default" }
                .FirstOrDefault(k => Definition["responses"]?[k] is not null);
    }
}
