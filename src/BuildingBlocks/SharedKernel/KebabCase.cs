using System.Text.Json;

namespace LabourWelfare.SharedKernel;

/// <summary>
/// Enum values as the platform writes them everywhere — JSON bodies, events, query strings — in kebab-case
/// ("renewable-energy", "in-progress"). Minimal APIs bind query strings only by the C# names, so list filters arrive as
/// strings and are parsed here: an unknown value is a field error (400), never a silently ignored filter.
/// </summary>
public static class KebabCase
{
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Parses a filter value, collecting an error for an unknown one.</summary>
    public static TEnum? Parse<TEnum>(string? value, string field, FieldErrors errors) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        foreach (var candidate in Enum.GetValues<TEnum>())
            if (string.Equals(Name(candidate), value.Trim(), StringComparison.OrdinalIgnoreCase)) return candidate;
        errors.Add(field, $"must be one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(Name))}.");
        return null;
    }

    /// <summary>Parses a filter value, throwing a <see cref="ValidationException"/> (400) for an unknown one.</summary>
    public static TEnum? Parse<TEnum>(string? value, string field) where TEnum : struct, Enum
    {
        var errors = new FieldErrors();
        var parsed = Parse<TEnum>(value, field, errors);
        errors.ThrowIfAny();
        return parsed;
    }
}
