using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Domain;

namespace LabourWelfare.WelfareAid.Features;

/// <summary>Query-string filters speak the same kebab-case as JSON ("?status=under-appeal"); anything else is a field error.</summary>
internal static class QueryEnum
{
    public static TEnum? Parse<TEnum>(string field, string? value) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!value.Any(char.IsAsciiDigit) && Enum.TryParse<TEnum>(value.Replace("-", ""), ignoreCase: true, out var parsed)) return parsed;
        throw ValidationException.For(field, $"must be one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(v => v.ToContract()))}.");
    }
}
