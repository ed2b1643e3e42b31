using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace LabourWelfare.ServiceDefaults.OpenApi;

/// <summary>
/// One realistic example per schema and operation, built from the schema itself (so it always validates: Redocly's
/// no-invalid-schema-examples and no-invalid-media-type-examples check it) with values a Fars office would really
/// send, chosen by field name: region codes, IRR amounts, a valid national code, Persian names, dates of 1404.
/// </summary>
internal static class Examples
{
    private static readonly Dictionary<string, JsonNode> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["region"] = "fars",
        ["currency"] = "IRR",
        ["penaltyCurrency"] = "IRR",
        ["nationalId"] = "5729266448",
        ["fullName"] = "Maryam Ahmadi",
        ["name"] = "Shiraz Cement Works",
        ["employerName"] = "Fars Cement Company",
        ["workplaceName"] = "Shiraz Cement Works",
        ["county"] = "Shiraz",
        ["registrationNumber"] = "FA-1001",
        ["number"] = "FARS-1404-000123",
        ["code"] = "covid-safe-work",
        ["itemCode"] = "ppe-01",
        ["provision"] = "Labour Law art. 91",
        ["description"] = "Workers on the kiln floor had no dust masks.",
        ["title"] = "COVID-19: safe work",
        ["reason"] = "The employer paid the outstanding wages.",
        ["notes"] = "Agreed at the second session.",
        ["reference"] = "BMI-1404-778812",
        ["paymentReference"] = "BMI-1404-778812",
        ["language"] = "fa",
        ["languages"] = new JsonArray("fa", "en"),
        ["phone"] = "+98 71 3623 0000",
        ["email"] = "office@fars.example",
        ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        ["instance"] = "POST /api/inspections/inspections",
        ["detail"] = "Read it again and retry with its current ETag.",
        ["traceId"] = "4bf92f3577b34da6a3ce929d0e0e4736",
        ["accessToken"] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.signature",
        ["tokenType"] = "Bearer",
        ["subject"] = "registrar-1",
        ["source"] = "Qom Director-General, 1404",
        ["label"] = "Mehr 1404",
        ["monthName"] = "Mehr",
        ["year"] = 2025,
        ["page"] = 1,
        ["pageSize"] = 20,
        ["totalCount"] = 57,
        ["status"] = 400,
        ["householdSize"] = 4,
        ["incomeDecile"] = 3,
        ["maxDecile"] = 8,
        ["workforce"] = 120,
        ["workforceSize"] = 120,
        ["workers"] = 120,
        ["shares"] = 10,
        ["jobsProvided"] = 35,
        ["caseloadLimit"] = 12,
        ["expiresIn"] = 28800,
        ["lifetimeMinutes"] = 480,
        ["version"] = 2,
        ["hasNextPage"] = true,
        ["amount"] = 120000m,
        ["benefitAmount"] = 120000m,
        ["penaltyAmount"] = 50000000m,
        ["budget"] = 2400000000m,
        ["revenue"] = 18500000000m,
        ["capacityMw"] = 2.5m,
        ["capacityMW"] = 2.5m,
        ["targetMw"] = 53m,
        ["complianceScore"] = 87.5m,
        ["score"] = 64.2m,
        ["changePercent"] = -47m,
    };

    public static JsonNode? ForParameter(string name, OpenApiSchema schema) => schema.Enum is { Count: > 0 } values
        ? values[0]?.DeepClone()
        : Value(schema, name, document: null, depth: 0);

    /// <summary>An example of the schema; <paramref name="name"/> is the field it describes, when known.</summary>
    public static JsonNode? Value(IOpenApiSchema schema, string? name, OpenApiDocument? document, int depth)
    {
        if (depth > 40) return null; // deep enough for every record of the platform; stops a self-referencing type
        if (schema is OpenApiSchemaReference reference)
        {
            var target = reference.Reference.Id is { } id && document?.Components?.Schemas?.TryGetValue(id, out var found) == true ? found : reference.Target;
            if (target is null) return null;
            // A field of an enum or object type: the component's own example, unless the field name says more.
            return target.Examples?.FirstOrDefault()?.DeepClone() ?? Value(target, name, document, depth + 1);
        }
        if (schema.Examples is { Count: > 0 } examples && examples[0] is { } first) return first.DeepClone();
        if (schema.OneOf is { Count: > 0 } oneOf)
            return oneOf.Where(s => s.Type != JsonSchemaType.Null).Select(s => Value(s, name, document, depth + 1)).FirstOrDefault();
        if (schema.AnyOf is { Count: > 0 } anyOf)
            return anyOf.Where(s => s.Type != JsonSchemaType.Null).Select(s => Value(s, name, document, depth + 1)).FirstOrDefault();
        if (schema.Enum is { Count: > 0 } values) return values.FirstOrDefault(v => v is not null)?.DeepClone();

        var type = (schema.Type ?? 0) & ~JsonSchemaType.Null;
        if (type.HasFlag(JsonSchemaType.Object) || schema.Properties is { Count: > 0 })
        {
            var result = new JsonObject();
            foreach (var (property, propertySchema) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
                result[property] = Value(propertySchema, property, document, depth + 1);
            if (result.Count == 0 && schema.AdditionalProperties is { } values2)
                result[name == "errors" ? "name" : "key"] = Value(values2, "message", document, depth + 1);
            return result;
        }
        if (type.HasFlag(JsonSchemaType.Array))
        {
            if (name is not null && ByName.TryGetValue(name, out var listExample) && listExample is JsonArray) return listExample.DeepClone();
            var item = schema.Items is null ? null : Value(schema.Items, Singular(name), document, depth + 1);
            return item is null ? new JsonArray() : new JsonArray(item);
        }
        if (name is not null && ByName.TryGetValue(name, out var known) && Fits(known, type, schema)) return known.DeepClone();
        if (type.HasFlag(JsonSchemaType.String)) return String(schema.Format, name);
        if (type.HasFlag(JsonSchemaType.Integer)) return Clamp(schema, name is not null && name.EndsWith("Count", StringComparison.OrdinalIgnoreCase) ? 12 : 1);
        if (type.HasFlag(JsonSchemaType.Number)) return Clamp(schema, name is not null && name.Contains("amount", StringComparison.OrdinalIgnoreCase) ? 120000m : 12.5m);
        if (type.HasFlag(JsonSchemaType.Boolean)) return false;
        return null;
    }

    private static bool Fits(JsonNode value, JsonSchemaType type, IOpenApiSchema schema)
    {
        var kind = value.GetValueKind();
        return kind switch
        {
            System.Text.Json.JsonValueKind.String => type.HasFlag(JsonSchemaType.String) && schema.Format is null,
            System.Text.Json.JsonValueKind.Number => type.HasFlag(JsonSchemaType.Number)
                || (type.HasFlag(JsonSchemaType.Integer) && value.GetValue<object>() is int),
            System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => type.HasFlag(JsonSchemaType.Boolean),
            _ => false,
        };
    }

    private static JsonNode Clamp(IOpenApiSchema schema, decimal value)
    {
        if (decimal.TryParse(schema.Minimum, NumberStyles.Float, CultureInfo.InvariantCulture, out var min) && value < min) value = min;
        if (decimal.TryParse(schema.Maximum, NumberStyles.Float, CultureInfo.InvariantCulture, out var max) && value > max) value = max;
        return ((schema.Type ?? 0).HasFlag(JsonSchemaType.Integer) ? JsonValue.Create((long)value) : JsonValue.Create(value))!;
    }

    private static JsonNode String(string? format, string? name) => format switch
    {
        "uuid" => Id(name),
        "date" => name is not null && (name.Contains("due", StringComparison.OrdinalIgnoreCase) || name.Contains("deadline", StringComparison.OrdinalIgnoreCase) || name == "to")
            ? "2025-11-30" : "2025-10-01",
        "date-time" => "2025-10-01T08:30:00+00:00",
        "uri" => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        "int32" or "int64" or "double" or "decimal" => "12",
        _ => name is null ? "text" : char.ToUpperInvariant(Words.Humanize(name)[0]) + Words.Humanize(name)[1..],
    };

    /// <summary>A stable UUIDv7-shaped id per field name, so related examples agree (workplaceId is the same everywhere).</summary>
    private static JsonNode Id(string? name)
    {
        var hash = (uint)(name ?? "id").Aggregate(17, (h, c) => unchecked(h * 31 + c));
        return $"0193a7c2-{hash % 0xFFFF:x4}-7b3a-9c1d-2e4f6a8b{hash % 0xFFFF:x4}";
    }

    private static string? Singular(string? name) => name is { Length: > 1 } && name.EndsWith('s') ? name[..^1] : name;
}
