using System.Globalization;
using LabourWelfare.Web.Api;

namespace LabourWelfare.Web.Localization;

/// <summary>
/// Numbers, money, dates and periods as the user reads them: Persian digits and the Solar Hijri calendar in Persian,
/// the culture's separators everywhere, money always with its own currency (amounts of different currencies are
/// shown side by side, never added).
/// </summary>
public static class Formats
{
    private static readonly PersianCalendar Persian = new();

    private static readonly string[] PersianMonthsFa =
        ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    public static bool UsesPersian => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fa";

    /// <summary>Latin digits to Persian (۰-۹) when the user reads Persian.</summary>
    public static string Digits(string text)
    {
        if (!UsesPersian) return text;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] is >= '0' and <= '9' ? (char)('۰' + (source[i] - '0')) : source[i];
        });
    }

    public static string Number(decimal? value, int decimals = 0) =>
        value is null ? "—" : Digits(value.Value.ToString("N" + decimals, Culture));

    public static string Number(int? value) => value is null ? "—" : Digits(value.Value.ToString("N0", Culture));

    /// <summary>A percentage with one decimal, signed when asked ("+12.5%", "−47%").</summary>
    public static string Percent(decimal? value, bool signed = false)
    {
        if (value is null) return "—";
        var sign = signed && value > 0 ? "+" : string.Empty;
        return Digits(sign + value.Value.ToString("0.#", Culture) + "%");
    }

    /// <summary>Decimals a currency is shown with (IRR has no minor unit in use; KZT shows tiyn only when present).</summary>
    public static int DecimalsOf(string currency, decimal amount) =>
        currency == "IRR" || decimal.Truncate(amount) == amount ? 0 : 2;

    public static string Money(decimal amount, string currency) =>
        $"{Number(amount, DecimalsOf(currency, amount))} {CurrencyName(currency)}";

    public static string Money(MoneyDto? money) => money is null ? "—" : Money(money.Amount, money.Currency);

    /// <summary>Each currency on its own: "1,200 KZT · 5,000,000 IRR".</summary>
    public static string Money(IEnumerable<MoneyDto> amounts)
    {
        var list = amounts.ToList();
        return list.Count == 0 ? Number(0) : string.Join(" · ", list.OrderBy(m => m.Currency, StringComparer.Ordinal).Select(Money));
    }

    public static string CurrencyName(string currency) => (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, currency) switch
    {
        ("fa", "IRR") => "ریال",
        ("fa", "KZT") => "تنگه",
        ("ru" or "kk", "KZT") => "₸",
        ("ru", "IRR") => "риал",
        ("kk", "IRR") => "риал",
        _ => currency,
    };

    /// <summary>"۱۵ آبان ۱۴۰۴" in Persian, "15 нояб. 2025" otherwise.</summary>
    public static string Date(DateOnly? date)
    {
        if (date is null) return "—";
        if (!UsesPersian) return date.Value.ToString("d MMM yyyy", Culture);
        var dt = date.Value.ToDateTime(TimeOnly.MinValue);
        return Digits($"{Persian.GetDayOfMonth(dt)} {PersianMonthsFa[Persian.GetMonth(dt) - 1]} {Persian.GetYear(dt)}");
    }

    /// <summary>Date and time in the given zone (the user's region).</summary>
    public static string DateTime(DateTimeOffset? instant, TimeZoneInfo zone)
    {
        if (instant is null) return "—";
        var local = TimeZoneInfo.ConvertTime(instant.Value, zone);
        return Date(DateOnly.FromDateTime(local.DateTime)) + " " + Digits(local.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The text a date field shows: Solar Hijri "1404/08/15" (in Persian digits) for Persian, ISO "2025-11-06" otherwise.
    /// </summary>
    public static string DateInput(DateOnly? date)
    {
        if (date is null) return string.Empty;
        if (!UsesPersian) return date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dt = date.Value.ToDateTime(TimeOnly.MinValue);
        return Digits($"{Persian.GetYear(dt):0000}/{Persian.GetMonth(dt):00}/{Persian.GetDayOfMonth(dt):00}");
    }

    /// <summary>
    /// Reads what a person typed in a date field: Solar Hijri y/m/d when the user reads Persian (Persian, Arabic or
    /// Latin digits), ISO y-m-d otherwise. A year below 1700 is always read as Solar Hijri.
    /// </summary>
    public static bool TryParseDateInput(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var normalized = SharedKernel.DigitNormalizer.NormalizeDigits(text.Trim());
        var parts = normalized.Split(['/', '-', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || !parts.All(p => p.All(char.IsAsciiDigit))) return false;
        var (y, m, d) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture),
            int.Parse(parts[2], CultureInfo.InvariantCulture));
        try
        {
            if (y < 1700)
            {
                if (y < 1 || m is < 1 or > 12 || d < 1 || d > Persian.GetDaysInMonth(y, m)) return false;
                date = DateOnly.FromDateTime(Persian.ToDateTime(y, m, d, 0, 0, 0, 0));
                return true;
            }
            if (m is < 1 or > 12 || d < 1 || d > System.DateTime.DaysInMonth(y, m)) return false;
            date = new DateOnly(y, m, d);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>
    /// A report period: the services label it in the region's calendar and in the language of the request
    /// (Accept-Language), digits included, so it is shown as it comes.
    /// </summary>
    public static string Period(PeriodLabelDto? period) => period?.Label ?? string.Empty;

    /// <summary>Reads a number typed with any digits (۱۲۳, ١٢٣, 123) and either decimal separator.</summary>
    public static bool TryParseNumber(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        // Group separators people type (spaces, no-break spaces, the Persian ٬) go; a lone comma is the decimal
        // separator where the culture writes it so (ru, kk: "1,5").
        var cleaned = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u066C').ToArray());
        if (Culture.NumberFormat.NumberDecimalSeparator == "," && cleaned.Count(c => c == ',') == 1 && !cleaned.Contains('.'))
            cleaned = cleaned.Replace(',', '.');
        return SharedKernel.DigitNormalizer.TryParseDecimal(cleaned, out value);
    }
}
