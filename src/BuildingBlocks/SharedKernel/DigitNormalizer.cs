using System.Text;

namespace LabourWelfare.SharedKernel;

/// <summary>
/// Persian input arrives with Persian (۰-۹) or Arabic-Indic (٠-٩) digits and Arabic letter forms (ي ك).
/// Identifiers and numbers are normalised to ASCII digits; text used for search to Persian letter forms.
/// </summary>
public static class DigitNormalizer
{
    public static string NormalizeDigits(string value)
    {
        if (string.IsNullOrEmpty(value)) return value;
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')), // Persian
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')), // Arabic-Indic
                _ => c,
            });
        }
        return builder.ToString();
    }

    /// <summary>ASCII digits to Persian ones (۱۴۰۲), for text written in Persian.</summary>
    public static string ToPersianDigits(string value)
    {
        if (string.IsNullOrEmpty(value)) return value;
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] is >= '0' and <= '9') chars[i] = (char)('\u06F0' + (chars[i] - '0'));
        return new string(chars);
    }

    /// <summary>Digits to ASCII, Arabic yeh/kaf to their Persian forms, trimmed and lower-cased: a search key.</summary>
    public static string NormalizeForSearch(string value)
    {
        if (string.IsNullOrEmpty(value)) return value;
        var digits = NormalizeDigits(value.Trim());
        return digits
            .Replace('\u064A', '\u06CC') // ي → ی
            .Replace('\u0649', '\u06CC') // ى → ی
            .Replace('\u0643', '\u06A9') // ك → ک
            .Replace('\u0629', '\u0647') // ة → ه
            .ToLowerInvariant();
    }

    /// <summary>Parses a decimal typed with any of the digit sets and either '.' or the Persian decimal separator.</summary>
    public static bool TryParseDecimal(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var normalized = NormalizeDigits(text.Trim()).Replace('\u066B', '.').Replace('\u066C', ',').Replace(",", "");
        return decimal.TryParse(normalized, System.Globalization.NumberStyles.Number,
            System.Globalization.CultureInfo.InvariantCulture, out value);
    }
}
