using System.Text.Json;
using LabourWelfare.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Inspections.Data;

/// <summary>Stores a small immutable list (checklist items, injured people) as one jsonb column.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static PropertyBuilder<List<T>> AsJsonb<T>(this PropertyBuilder<List<T>> property) =>
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, Options),
            json => JsonSerializer.Deserialize<List<T>>(json, Options) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                v => JsonSerializer.Serialize(v, Options).GetHashCode(),
                v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, Options), Options)!));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Extensions.ConfigureJson(options);
        return options;
    }
}
