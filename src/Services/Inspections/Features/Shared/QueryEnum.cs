using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Features.Shared;

/// <summary>
/// Enum filters in query strings arrive as the JSON spells them ("in-progress", "blood-donation"); an unknown value is
/// a 400 with the parameter named, never silently ignored.
/// </summary>
internal static class QueryEnum
{
    public static TEnum? Parse<TEnum>(string? value, string field, FieldErrors errors) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var compact = value.Replace("-", "", StringComparison.Ordinal).Trim();
        if (!compact.All(char.IsAsciiLetter) || !Enum.TryParse<TEnum>(compact, ignoreCase: true, out var parsed))
        {
            errors.Add(field, $"must be one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(EndpointConventions.Kebab))}.");
            return null;
        }
        return parsed;
    }
}
