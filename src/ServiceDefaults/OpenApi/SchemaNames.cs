using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace LabourWelfare.ServiceDefaults.OpenApi;

/// <summary>
/// Component names that say which use case a schema belongs to. Every feature nests its own <c>record Request</c>
/// (and sometimes <c>Response</c>), so the default name (the short type name) made 43 request bodies point at one
/// surviving <c>Request</c>. Nested types are named after their declaring classes (<c>RecordViolation.Request</c> →
/// <c>RecordViolationRequest</c>), generics after their arguments (<c>PagedListOfInspectionSummary</c>), and two CLR
/// types that still end up with one name stop document generation instead of silently sharing a schema.
/// </summary>
internal sealed class SchemaNames
{
    private readonly ConcurrentDictionary<string, Type> _claimed = new(StringComparer.Ordinal);

    public string? Create(JsonTypeInfo typeInfo)
    {
        // Primitives, strings, arrays and dictionaries stay inline, as the default does.
        if (OpenApiOptions.CreateDefaultSchemaReferenceId(typeInfo) is null) return null;
        // Any JSON value (an audit row's old and new values): "{}" inline, which admits null by itself.
        if ((Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type) == typeof(System.Text.Json.JsonElement)) return null;
        // int? and int, Sector? and Sector share a component; the field that holds it says whether null is allowed.
        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        var name = NameOf(type);
        var owner = _claimed.GetOrAdd(name, type);
        if (owner != type)
            throw new InvalidOperationException(
                $"OpenAPI schema name '{name}' is claimed by {owner.FullName} and {type.FullName}. Rename one of them, " +
                "or nest it in its use case's class, so each operation keeps its own schema.");
        return name;
    }

    /// <summary>The CLR type behind a component name of this document.</summary>
    public Type? TypeOf(string name) => _claimed.GetValueOrDefault(name);

    internal static string NameOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0) name = name[..tick];
        if (type.IsGenericType)
            name += "Of" + string.Join("And", type.GetGenericArguments().Select(NameOf));
        // Nested in a use case (RecordViolation.Request) or a response family (CaseResponse.Party): prefix the owners.
        for (var owner = type.DeclaringType; owner is not null; owner = owner.DeclaringType)
        {
            var ownerName = owner.Name;
            var ownerTick = ownerName.IndexOf('`', StringComparison.Ordinal);
            if (ownerTick >= 0) ownerName = ownerName[..ownerTick];
            if (!name.StartsWith(ownerName, StringComparison.Ordinal)) name = ownerName + name;
        }
        return name;
    }
}
