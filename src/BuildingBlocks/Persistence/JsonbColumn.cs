using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Persistence;

/// <summary>
/// A small value kept whole in one jsonb column: an immutable list (checklist items, injured people) or record
/// (settlement terms, a referral). Written with the APIs' conventions (camelCase, kebab-case enum names), so a column
/// reads like the API's JSON.
/// </summary>
public static class JsonbColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    /// <summary>
    /// Maps the property to jsonb. Changes are found by comparing the JSON, so a list that was replaced by an equal
    /// one is not written again, and one changed in place is.
    /// </summary>
    public static PropertyBuilder<T> StoredAsJsonb<T>(this PropertyBuilder<T> property) =>
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, Options),
            json => JsonSerializer.Deserialize<T>(json, Options)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                value => JsonSerializer.Serialize(value, Options).GetHashCode(),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!));
}
