using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LabourWelfare.Mediation.Data;

/// <summary>A value stored as one jsonb column (settlement terms, referral): web casing, kebab-case enum names.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static ValueConverter<T?, string?> Converter<T>() where T : class =>
        new(value => value == null ? null : JsonSerializer.Serialize(value, Options),
            json => json == null ? null : JsonSerializer.Deserialize<T>(json, Options));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }
}
