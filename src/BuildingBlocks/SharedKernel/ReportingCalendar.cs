using System.Globalization;

namespace LabourWelfare.SharedKernel;

/// <summary>A reporting period of local dates, both ends inclusive, with the UTC instants that bound it.</summary>
public sealed record ReportingPeriod(DateOnly From, DateOnly To)
{
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    public DateTimeOffset EndExclusive => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>Percentage change against a previous figure, to one decimal; null when there is nothing to compare with.</summary>
    public static decimal? Change(int current, int previous) =>
        previous == 0 ? null : Math.Round(100m * (current - previous) / previous, 1, MidpointRounding.AwayFromZero);
}

/// <summary>A date as a region's calendar names it: 29 Esfand 1401 is (1401, 12, 29).</summary>
public sealed record CalendarDate(int Year, int Month, int Day);

/// <summary>
/// A period in words for people (<see cref="Label"/>, in <see cref="Language"/>, with that language's digits) and in
/// numbers for programs (<see cref="From"/> and <see cref="To"/>: year, month and day in <see cref="Calendar"/>).
/// </summary>
public sealed record PeriodLabel(string Calendar, string Language, string Label, CalendarDate From, CalendarDate To);

/// <summary>
/// The one implementation of a region's reporting calendar: Solar Hijri years (1 Farvardin to the end of Esfand, by
/// <see cref="PersianCalendar"/>) in the Iranian regions, Gregorian years elsewhere. Every service takes its years,
/// periods, previous periods, months and labels from here, through <see cref="Region"/>.
/// </summary>
public sealed class ReportingCalendar
{
    public static readonly ReportingCalendar SolarHijri = new(new PersianCalendar(), "solar-hijri", Names.SolarHijri);
    public static readonly ReportingCalendar Gregorian = new(new GregorianCalendar(), "gregorian", Names.Gregorian);

    private readonly Calendar _calendar;
    private readonly IReadOnlyDictionary<string, MonthNames> _names;

    private ReportingCalendar(Calendar calendar, string name, IReadOnlyDictionary<string, MonthNames> names)
    {
        _calendar = calendar;
        Name = name;
        _names = names;
    }

    /// <summary>"solar-hijri" or "gregorian", as responses name it.</summary>
    public string Name { get; }

    /// <summary>The languages labels are written in; any other falls back to English.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "fa", "ru", "kk"];

    public CalendarDate DateOf(DateOnly date)
    {
        var at = date.ToDateTime(TimeOnly.MinValue);
        return new CalendarDate(_calendar.GetYear(at), _calendar.GetMonth(at), _calendar.GetDayOfMonth(at));
    }

    public int YearOf(DateOnly date) => _calendar.GetYear(date.ToDateTime(TimeOnly.MinValue));

    public DateOnly ToDate(int year, int month, int day) =>
        DateOnly.FromDateTime(_calendar.ToDateTime(year, month, day, 0, 0, 0, 0));

    /// <summary>The whole year: 1402 is 2023-03-21 to 2024-03-19 in Solar Hijri.</summary>
    public ReportingPeriod Year(int year)
    {
        var months = _calendar.GetMonthsInYear(year);
        return new ReportingPeriod(ToDate(year, 1, 1), ToDate(year, months, _calendar.GetDaysInMonth(year, months)));
    }

    public ReportingPeriod Month(int year, int month) =>
        new(ToDate(year, month, 1), ToDate(year, month, _calendar.GetDaysInMonth(year, month)));

    /// <summary>
    /// The same period one year earlier in this calendar: a whole year gives the whole previous year, and an end on
    /// the last day of a month stays on the last day (1402 → all of 1401, ending 29 Esfand 1401, never a day short).
    /// </summary>
    public ReportingPeriod PreviousYear(ReportingPeriod period)
    {
        var from = DateOf(period.From);
        var to = DateOf(period.To);
        return new ReportingPeriod(Shift(from, -1, endOfMonth: false), Shift(to, -1, endOfMonth: IsLastDayOfMonth(to)));
    }

    /// <summary>The calendar months the period touches, each clipped to the period.</summary>
    public IReadOnlyList<ReportingPeriod> Months(ReportingPeriod period)
    {
        var months = new List<ReportingPeriod>();
        var cursor = period.From;
        while (cursor <= period.To)
        {
            var date = DateOf(cursor);
            var monthEnd = Month(date.Year, date.Month).To;
            var end = monthEnd < period.To ? monthEnd : period.To;
            months.Add(new ReportingPeriod(cursor, end));
            cursor = end.AddDays(1);
        }
        return months;
    }

    /// <summary>
    /// "Farvardin 1402 – Esfand 1402" (en), "فروردین ۱۴۰۲ – اسفند ۱۴۰۲" (fa): whole months by name, other periods to the day.
    /// </summary>
    public PeriodLabel Label(ReportingPeriod period, string? language)
    {
        var lang = language is not null && _names.ContainsKey(language) ? language : "en";
        var names = _names[lang];
        var from = DateOf(period.From);
        var to = DateOf(period.To);
        string label;
        if (from.Day == 1 && IsLastDayOfMonth(to))
            label = from.Year == to.Year && from.Month == to.Month
                ? names.Month(from)
                : $"{names.Month(from)} – {names.Month(to)}";
        else
            label = from == to ? names.Day(from) : $"{names.Day(from)} – {names.Day(to)}";
        return new PeriodLabel(Name, lang, lang == "fa" ? DigitNormalizer.ToPersianDigits(label) : label, from, to);
    }

    private bool IsLastDayOfMonth(CalendarDate date) => date.Day == _calendar.GetDaysInMonth(date.Year, date.Month);

    private DateOnly Shift(CalendarDate date, int years, bool endOfMonth)
    {
        var year = date.Year + years;
        var last = _calendar.GetDaysInMonth(year, date.Month);
        return ToDate(year, date.Month, endOfMonth ? last : Math.Min(date.Day, last));
    }

    /// <summary>Month names in one language: the nominative for "Mehr 1403", the form used after a day number.</summary>
    private sealed record MonthNames(string[] Nominative, string[] AfterDay)
    {
        public string Month(CalendarDate date) => $"{Nominative[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

        public string Day(CalendarDate date) =>
            $"{date.Day.ToString(CultureInfo.InvariantCulture)} {AfterDay[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    private static class Names
    {
        private static MonthNames Same(string[] names) => new(names, names);

        public static readonly IReadOnlyDictionary<string, MonthNames> SolarHijri = new Dictionary<string, MonthNames>
        {
            ["en"] = Same(["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"]),
            ["fa"] = Same(["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]),
            ["ru"] = Same(["фарвардин", "ордибехешт", "хордад", "тир", "мордад", "шахривар", "мехр", "абан", "азар", "дей", "бахман", "эсфанд"]),
            ["kk"] = Same(["фарвардин", "ордибехешт", "хордад", "тир", "мордад", "шахривар", "мехр", "абан", "азар", "дей", "бахман", "эсфанд"]),
        };

        public static readonly IReadOnlyDictionary<string, MonthNames> Gregorian = new Dictionary<string, MonthNames>
        {
            ["en"] = Same(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
            ["fa"] = Same(["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]),
            ["ru"] = new(
                ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
                ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]),
            ["kk"] = Same(["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]),
        };
    }
}
