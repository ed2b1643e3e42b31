namespace LabourWelfare.SharedKernel;

/// <summary>
/// National identifiers with their checksums: Iran's 10-digit national code ("kodemelli") and Kazakhstan's
/// 12-digit IIN. They are personal data: never logged; shown masked to anyone who is not the owner or an officer.
/// </summary>
public static class NationalId
{
    /// <summary>Normalises digits and validates the checksum for the country of the region.</summary>
    public static bool TryNormalize(string? input, string country, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(input)) return false;
        var digits = DigitNormalizer.NormalizeDigits(input.Trim()).Replace("-", "").Replace(" ", "");
        var valid = country switch
        {
            "IR" => IsValidIranianCode(digits),
            "KZ" => IsValidKazakhIin(digits),
            _ => false,
        };
        if (valid) normalized = digits;
        return valid;
    }

    /// <summary>Iran: 10 digits, check digit = weighted sum (weights 10..2) mod 11 rule; all-same digits are invalid.</summary>
    public static bool IsValidIranianCode(string code)
    {
        if (code.Length != 10 || !code.All(char.IsAsciiDigit)) return false;
        if (code.Distinct().Count() == 1) return false;
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (code[i] - '0') * (10 - i);
        var remainder = sum % 11;
        var check = code[9] - '0';
        return remainder < 2 ? check == remainder : check == 11 - remainder;
    }

    /// <summary>Kazakhstan IIN: 12 digits, YYMMDD + century/sex digit + serial + check digit (two weight passes).</summary>
    public static bool IsValidKazakhIin(string iin)
    {
        if (iin.Length != 12 || !iin.All(char.IsAsciiDigit)) return false;
        var month = int.Parse(iin.AsSpan(2, 2));
        var day = int.Parse(iin.AsSpan(4, 2));
        if (month is < 1 or > 12 || day is < 1 or > 31) return false;
        if (iin[6] is < '0' or > '6') return false;
        int Weighted(int start)
        {
            var sum = 0;
            for (var i = 0; i < 11; i++)
            {
                var weight = (i + start) % 11;
                sum += (iin[i] - '0') * (weight == 0 ? 11 : weight);
            }
            return sum % 11;
        }
        var check = Weighted(1);
        if (check == 10)
        {
            check = Weighted(3);
            if (check == 10) return false;
        }
        return check == iin[11] - '0';
    }

    /// <summary>Keeps the last 3 digits: enough for an officer on the phone to confirm, useless to anyone else.</summary>
    public static string Mask(string? id) =>
        string.IsNullOrEmpty(id) ? string.Empty : new string('*', Math.Max(0, id.Length - 3)) + id[^Math.Min(3, id.Length)..];
}
