using System.Text.Json;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Mediation.Features;

/// <summary>Query-string filters use the same kebab-case names as JSON ("in-session", "labour-wages").</summary>
public static class KebabEnum
{
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Parses a filter value; an unknown one is a field error (400), never silently ignored.</summary>
    public static TEnum? Parse<TEnum>(string? value, string field, FieldErrors errors) where TEnum : struct, Enum
    {
        if (value is null) return null;
        foreach (var candidate in Enum.GetValues<TEnum>())
            if (string.Equals(Name(candidate), value.Trim(), StringComparison.OrdinalIgnoreCase)) return candidate;
        errors.Add(field, $"must be one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(v => Name(v)))}.");
        return null;
    }
}
