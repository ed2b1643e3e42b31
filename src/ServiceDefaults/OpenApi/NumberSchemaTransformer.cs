using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LabourWelfare.ServiceDefaults.OpenApi;

/// <summary>
/// Numbers also accept strings typed with Persian or Arabic digits (see <see cref="Json.LocalizedNumberConverterFactory"/>).
/// The schema says "number"/"integer" (what clients should send), so generated clients type them as numbers.
/// </summary>
internal static class NumberSchemaTransformer
{
    private static readonly Dictionary<Type, (JsonSchemaType Type, string Format)> Numbers = new()
    {
        // Money and MW are decimals: JSON numbers on the wire, never floats in the code ("decimal" tells generators so).
        [typeof(decimal)] = (JsonSchemaType.Number, "decimal"),
        [typeof(int)] = (JsonSchemaType.Integer, "int32"),
        [typeof(long)] = (JsonSchemaType.Integer, "int64"),
    };

    public static Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (!Numbers.TryGetValue(underlying, out var number)) return Task.CompletedTask;
        var nullable = underlying != type || (schema.Type is { } t && t.HasFlag(JsonSchemaType.Null));
        schema.Type = nullable ? number.Type | JsonSchemaType.Null : number.Type;
        schema.Format = number.Format;
        schema.Pattern = null;
        return Task.CompletedTask;
    }
}
