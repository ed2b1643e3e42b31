using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LabourWelfare.ServiceDefaults.OpenApi;

/// <summary>
/// The last pass over each document: enums typed as strings that never admit null themselves (a nullable field says
/// so once, with <c>oneOf: [null, $ref]</c>, so null matches exactly one branch), descriptions on every schema and
/// field from the XML comments (a plain-words fallback where a comment is missing), an example on every schema and on
/// every request and success body, and a description on every tag.
/// </summary>
internal sealed class DocumentPolish(SchemaNames names, string title) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Description ??= $"{title}: the operations of the service as frontends reach them through the gateway. " +
            "Every error is an RFC 9457 problem in the caller's language (Accept-Language); changes use ETag/If-Match; " +
            "creates honour Idempotency-Key. Conventions: docs/api.md.";
        document.Info.License ??= new OpenApiLicense { Name = "Proprietary: Department of Cooperatives, Labour and Social Welfare", Url = new Uri("https://example.org/labour-welfare/licence") };

        var schemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var problem in new[] { PlatformOperationTransformer.ProblemSchema, PlatformOperationTransformer.ValidationProblemSchema })
        {
            if (!schemas.TryGetValue(problem, out var found) || found is not OpenApiSchema details) continue;
            // RFC 9457 problems are open: the platform adds a stable `code` and the `traceId` to quote.
            details.AdditionalPropertiesAllowed = true;
            details.AdditionalProperties = null;
            details.Properties ??= new Dictionary<string, IOpenApiSchema>();
            details.Properties["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Which rule refused the change (e.g. `registration-number-taken`); never translated: key your UI on it." };
            details.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Quote it when you report a problem." };
        }

        foreach (var (name, component) in schemas)
        {
            if (component is not OpenApiSchema schema) continue;
            var type = names.TypeOf(name);
            if (schema.Enum is { Count: > 0 })
            {
                schema.Enum = schema.Enum.Where(v => v is not null).ToList();
                schema.Type = JsonSchemaType.String;
                schema.Description ??= (type is null ? null : XmlDocs.Type(type)) ?? $"One of: {string.Join(", ", schema.Enum.Select(v => v!.ToString()))}.";
                continue;
            }
            schema.Description ??= (type is null ? null : XmlDocs.Type(type)) ?? FallbackDescription(name);
            DescribeProperties(schema, type);
        }

        // Request fields that may be null may also be left out: the binder fills in null and the handler's own checks
        // name the fields it needs (400 with field errors). Answers always carry every field, so they stay required.
        var requestOnly = Reachable(document, requests: true).Except(Reachable(document, requests: false));
        foreach (var name in requestOnly)
        {
            if ((schemas.TryGetValue(name, out var found) ? found : null) is not OpenApiSchema { Required: { Count: > 0 } required, Properties: { } properties }) continue;
            foreach (var field in required.ToList())
                if (properties.TryGetValue(field, out var property) && AdmitsNull(property)) required.Remove(field);
        }

        // Examples last: property examples read the component examples of their enums and objects.
        foreach (var (name, component) in schemas.OrderBy(s => s.Value.Enum is { Count: > 0 } ? 0 : 1))
            if (component is OpenApiSchema { Examples: null or { Count: 0 } } schema && Examples.Value(schema, null, document, 0) is { } example)
                schema.Examples = [example];

        foreach (var (_, path) in document.Paths)
        {
            foreach (var (_, operation) in path.Operations ?? [])
            {
                if (operation.RequestBody is OpenApiRequestBody body)
                {
                    body.Description ??= "The request, as JSON.";
                    foreach (var media in body.Content?.Values ?? [])
                    {
                        // "null or the request": the handler needs a body, so the document asks for one.
                        if (media.Schema is OpenApiSchema { OneOf: { Count: 2 } oneOf } && oneOf.Any(s => s.Type == JsonSchemaType.Null))
                            media.Schema = oneOf.First(s => s.Type != JsonSchemaType.Null);
                        media.Example ??= media.Schema is null ? null : Examples.Value(media.Schema, null, document, 0);
                    }
                }
                foreach (var (status, response) in operation.Responses ?? [])
                {
                    if (!status.StartsWith('2') || response is not OpenApiResponse concrete) continue;
                    foreach (var media in concrete.Content?.Values ?? [])
                        media.Example ??= media.Schema is null ? null : Examples.Value(media.Schema, null, document, 0);
                }
            }
        }

        var tags = document.Tags ?? new HashSet<OpenApiTag>();
        foreach (var tag in tags) tag.Description ??= $"{tag.Name}: operations of the {title} service.";
        return Task.CompletedTask;
    }

    private static bool AdmitsNull(IOpenApiSchema schema) =>
        (schema.Type is { } type && type.HasFlag(JsonSchemaType.Null)) || schema.OneOf?.Any(s => s.Type == JsonSchemaType.Null) == true;

    /// <summary>Component names used (directly or through other components) by request bodies, or by answers.</summary>
    private static HashSet<string> Reachable(OpenApiDocument document, bool requests)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<IOpenApiSchema>();
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            var media = requests
                ? operation.RequestBody?.Content?.Values ?? []
                : (operation.Responses?.Values.AsEnumerable() ?? []).SelectMany(r => r.Content?.Values ?? []);
            foreach (var m in media) if (m.Schema is not null) pending.Push(m.Schema);
        }
        while (pending.Count > 0)
        {
            var schema = pending.Pop();
            if (schema is OpenApiSchemaReference reference)
            {
                if (reference.Reference.Id is { } id && found.Add(id) && document.Components?.Schemas?.TryGetValue(id, out var target) == true) pending.Push(target);
                continue;
            }
            foreach (var child in (schema.Properties?.Values ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.AllOf ?? []))
                pending.Push(child);
            if (schema.Items is not null) pending.Push(schema.Items);
            if (schema.AdditionalProperties is not null) pending.Push(schema.AdditionalProperties);
        }
        return found;
    }

    private static void DescribeProperties(OpenApiSchema schema, Type? type)
    {
        if (schema.Properties is null) return;
        var clr = type?.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .GroupBy(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToDictionary(g => g.Key, g => g.First());
        foreach (var (name, property) in schema.Properties.ToList())
        {
            var description = (clr?.GetValueOrDefault(name) is { } info ? XmlDocs.Property(info) : null) ?? FallbackPropertyDescription(name, property);
            switch (property)
            {
                case OpenApiSchema inline: inline.Description ??= description; break;
                // The getter falls back to the target's description; the field's own words go on the reference.
                case OpenApiSchemaReference reference when reference.Reference.Description is null: reference.Description = description; break;
            }
        }
    }

    private static string FallbackDescription(string name)
    {
        var words = Words.Humanize(name);
        return name.EndsWith("Request", StringComparison.Ordinal) ? $"Body of the {Words.Humanize(name[..^"Request".Length])} request."
            : name.StartsWith("PagedListOf", StringComparison.Ordinal) ? $"One page of {Words.Humanize(name["PagedListOf".Length..])} rows, in a stable order."
            : char.ToUpperInvariant(words[0]) + words[1..] + ".";
    }

    private static string FallbackPropertyDescription(string name, IOpenApiSchema property)
    {
        var words = Words.Humanize(name);
        var sentence = char.ToUpperInvariant(words[0]) + words[1..];
        var format = property.Format ?? property.OneOf?.FirstOrDefault(s => s.Format is not null)?.Format;
        var suffix = format switch
        {
            "uuid" => " (id)",
            "date" => " (ISO 8601 date, local)",
            "date-time" => " (ISO 8601 instant, UTC)",
            "decimal" => " (decimal)",
            _ => "",
        };
        return sentence + suffix + ".";
    }
}
