using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Features.Shared;

/// <summary>
/// Enum filters in query strings, written as in JSON ("renewable-energy"): minimal APIs would only bind the C# names,
/// so filters arrive as strings and a wrong value is a field error (400), never a silent "no filter".
/// </summary>
internal static class QueryFilters
{
    public static TEnum? Parse<TEnum>(string? value, string field) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var name = value.Replace("-", "", StringComparison.Ordinal);
        if (Enum.TryParse<TEnum>(name, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !name.Any(char.IsAsciiDigit))
            return parsed;
        throw ValidationException.For(field, $"must be one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(CooperativeEvents.Code))}.");
    }
}
