using LabourWelfare.Web.Api;
using LabourWelfare.Web.Localization;

namespace LabourWelfare.Web.Tests;

public sealed class FormatsTests
{
    [Fact]
    public void Persian_readers_get_Persian_digits_and_Solar_Hijri_dates()
    {
        using var _ = new CultureScope("fa-IR");
        Assert.Equal("۱۵ آبان ۱۴۰۴", Formats.Date(new DateOnly(2025, 11, 6)));
        Assert.Equal("۱۴۰۴/۰۸/۱۵", Formats.DateInput(new DateOnly(2025, 11, 6)));
        Assert.Equal("۱۲۰٬۰۰۰", Formats.Number(120000));
    }

    [Fact]
    public void Others_get_their_culture_and_the_Gregorian_calendar()
    {
        using var _ = new CultureScope("ru-KZ");
        Assert.Equal("2025-11-06", Formats.DateInput(new DateOnly(2025, 11, 6)));
        Assert.Contains("2025", Formats.Date(new DateOnly(2025, 11, 6)));
        Assert.Matches("^120\\s?000$", Formats.Number(120000));
    }

    [Theory]
    [InlineData("fa-IR", "۱۴۰۴/۰۸/۱۵")]
    [InlineData("fa-IR", "١٤٠٤/٠٨/١٥")]
    [InlineData("fa-IR", "1404/8/15")]
    [InlineData("ru-KZ", "2025-11-06")]
    [InlineData("en-GB", "2025-11-06")]
    public void Date_inputs_read_what_people_type(string culture, string typed)
    {
        using var _ = new CultureScope(culture);
        Assert.True(Formats.TryParseDateInput(typed, out var date));
        Assert.Equal(new DateOnly(2025, 11, 6), date);
    }

    [Theory]
    [InlineData("1404/13/01")]
    [InlineData("1404/12/31")] // 1404 is not a leap year: Esfand has 29 days
    [InlineData("2025-02-30")]
    [InlineData("tomorrow")]
    [InlineData("2025-11")]
    public void Impossible_dates_are_refused(string typed)
    {
        using var culture = new CultureScope("fa-IR");
        Assert.False(Formats.TryParseDateInput(typed, out _));
    }

    [Theory]
    [InlineData("fa-IR", "۱۲۰٬۰۰۰", 120000)]
    [InlineData("fa-IR", "۱۲٫۵", 12.5)]
    [InlineData("ru-KZ", "1 500,75", 1500.75)]
    [InlineData("en-GB", "1,500.75", 1500.75)]
    public void Numbers_are_read_with_any_digits_and_the_culture_s_separator(string culture, string typed, double expected)
    {
        using var _ = new CultureScope(culture);
        Assert.True(Formats.TryParseNumber(typed, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Fact]
    public void Money_keeps_each_currency_apart_and_never_adds_them()
    {
        using var _ = new CultureScope("en-GB");
        var text = Formats.Money([new MoneyDto(5_000_000m, "IRR"), new MoneyDto(1_200m, "KZT")]);
        Assert.Equal("5,000,000 IRR · 1,200 KZT", text);
    }

    [Fact]
    public void Currencies_are_named_in_the_reader_s_language()
    {
        using (new CultureScope("fa-IR")) Assert.Equal("۵٬۰۰۰٬۰۰۰ ریال", Formats.Money(5_000_000m, "IRR"));
        using (new CultureScope("ru-KZ")) Assert.EndsWith("₸", Formats.Money(1200.5m, "KZT"));
    }

    [Fact]
    public void Report_periods_are_shown_as_the_service_labelled_them_in_the_reader_s_language()
    {
        var period = new PeriodLabelDto("solar-hijri", "fa", "فروردین ۱۴۰۴ – اسفند ۱۴۰۴", new CalendarDateDto(1404, 1, 1), new CalendarDateDto(1404, 12, 29));
        Assert.Equal("فروردین ۱۴۰۴ – اسفند ۱۴۰۴", Formats.Period(period));
    }
}
