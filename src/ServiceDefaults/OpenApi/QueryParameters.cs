using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace LabourWelfare.ServiceDefaults.OpenApi;

/// <summary>Query parameters the handler checks itself although they bind as optional: the document marks them required.</summary>
public sealed record RequiredQueryMetadata(IReadOnlyList<string> Names);

public static class QueryParameterConventions
{
    /// <summary>Marks query parameters the handler refuses to run without (400 when missing).</summary>
    public static TBuilder RequiresQuery<TBuilder>(this TBuilder builder, params string[] names) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredQueryMetadata(names));
}

/// <summary>
/// Bounds, defaults, enums, formats and descriptions of query parameters, all read from the code: the paging constants
/// of <see cref="PageRequest"/>, the region catalogue, the enum a filter parses into (the enum property of the same
/// name on the records the operation returns), and the handler's XML comments.
/// </summary>
internal static class QueryParameters
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["page"] = "Page number, from 1.",
        ["pageSize"] = $"Rows per page, 1–{PageRequest.MaxPageSize}.",
        ["region"] = "Region code. Officers see their own region only (another one is 403); admins name any, or none for all.",
        ["from"] = "Start of the period (inclusive).",
        ["to"] = "End of the period (inclusive; on or after `from`).",
        ["year"] = "Calendar year.",
        ["search"] = "Free text; Persian letter forms and digits are normalised before matching.",
    };

    public static void Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var required = metadata.OfType<RequiredQueryMetadata>().SelectMany(m => m.Names).ToHashSet(StringComparer.Ordinal);
        var handler = metadata.OfType<MethodInfo>().FirstOrDefault();
        var services = context.ApplicationServices;

        foreach (var parameter in operation.Parameters!.OfType<OpenApiParameter>())
        {
            if (parameter.In is not (ParameterLocation.Query or ParameterLocation.Path)) continue;
            var name = parameter.Name ?? "";
            if (parameter.Schema is not OpenApiSchema schema) continue;
            // Optional query parameters are simply absent; "null" in their type only confuses generated clients.
            if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Null) && type != JsonSchemaType.Null)
                schema.Type = type & ~JsonSchemaType.Null;

            if (parameter.In == ParameterLocation.Query && required.Contains(name)) parameter.Required = true;
            switch (name)
            {
                case "page":
                    schema.Minimum = "1";
                    schema.Default = JsonValue.Create(1);
                    break;
                case "pageSize":
                    schema.Minimum = "1";
                    schema.Maximum = PageRequest.MaxPageSize.ToString(CultureInfo.InvariantCulture);
                    schema.Default = JsonValue.Create(PageRequest.DefaultPageSize);
                    break;
                case "region" when schema.Type == JsonSchemaType.String:
                    if (services.GetService<RegionCatalog>() is { } regions)
                        schema.Enum = regions.All.Select(r => (JsonNode)JsonValue.Create(r.Code)!).ToList();
                    break;
            }

            if (parameter.In == ParameterLocation.Query && schema.Type == JsonSchemaType.String && schema.Format is null && schema.Enum is not { Count: > 0 })
            {
                var enumType = FilteredEnum(context, name);
                if (enumType is not null) schema.Enum = EnumValues(enumType, services);
            }

            parameter.Description ??= XmlDocs.Parameter(handler, name)
                ?? Known.GetValueOrDefault(name)
                ?? (parameter.In == ParameterLocation.Path ? "The record's id." : $"Only records whose {Words.Humanize(name)} is this value.");
            parameter.Example ??= Examples.ForParameter(name, schema);
        }
    }

    /// <summary>The kebab-case values of an enum, as the JSON options of the service write them.</summary>
    internal static List<JsonNode> EnumValues(Type enumType, IServiceProvider services)
    {
        var options = services.GetService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()?.Value.SerializerOptions;
        if (options is null)
        {
            options = new JsonSerializerOptions();
            Extensions.ConfigureJson(options);
        }
        return Enum.GetValues(enumType).Cast<object>()
            .Select(v => (JsonNode)JsonValue.Create(JsonSerializer.SerializeToElement(v, enumType, options).GetString()!)!)
            .ToList();
    }

    /// <summary>
    /// The enum a string filter names: a property of that name (or its plural) on the records the operation answers
    /// with, e.g. <c>status</c> on a list of <c>InspectionSummary</c> is an <c>InspectionStatus</c>.
    /// </summary>
    private static Type? FilteredEnum(OpenApiOperationTransformerContext context, string name)
    {
        foreach (var response in context.Description.SupportedResponseTypes.Where(r => r.StatusCode is >= 200 and < 300))
        {
            var record = ItemType(response.Type);
            if (record is null) continue;
            foreach (var property in record.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)
                    && !string.Equals(property.Name, name + "s", StringComparison.OrdinalIgnoreCase)) continue;
                var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (type.IsEnum) return type;
                var element = ItemType(type);
                if (element is not null && (Nullable.GetUnderlyingType(element) ?? element).IsEnum) return Nullable.GetUnderlyingType(element) ?? element;
            }
        }
        return null;
    }

    /// <summary>PagedList&lt;T&gt; and lists of T → T; a record type → itself.</summary>
    private static Type? ItemType(Type? type)
    {
        if (type is null || type == typeof(string)) return null;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PagedList<>)) return type.GetGenericArguments()[0];
        if (type.IsArray) return type.GetElementType();
        if (typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType) return type.GetGenericArguments()[0];
        return type;
    }
}
