using LabourWelfare.SharedKernel;
using Microsoft.Extensions.Configuration;

namespace LabourWelfare.SharedKernel.Tests;

public sealed class DigitNormalizerTests
{
    [Theory]
    [InlineData("۱۲۳۴۵۶۷۸۹۰", "1234567890")]
    [InlineData("٠١٢٣٤٥٦٧٨٩", "0123456789")]
    [InlineData("FA-۱۰a٢", "FA-10a2")]
    public void Persian_and_Arabic_digits_become_ASCII(string input, string expected) =>
        Assert.Equal(expected, DigitNormalizer.NormalizeDigits(input));

    [Fact]
    public void Arabic_letter_forms_are_folded_for_search() =>
        Assert.Equal(DigitNormalizer.NormalizeForSearch("کارگاه یزدی"), DigitNormalizer.NormalizeForSearch(" كارگاه يزدي "));

    [Theory]
    [InlineData("۱۲۰٬۰۰۰", 120000)]
    [InlineData("12.5", 12.5)]
    [InlineData("۳٫۷۵", 3.75)]
    public void Decimals_typed_with_any_digits_parse(string input, double expected)
    {
        Assert.True(DigitNormalizer.TryParseDecimal(input, out var value));
        Assert.Equal((decimal)expected, value);
    }
}

public sealed class MoneyTests
{
    [Fact]
    public void Sums_in_one_currency_add_up() =>
        Assert.Equal(new Money(150.25m, "IRR"), new Money(100m, "IRR") + new Money(50.25m, "IRR"));

    [Fact]
    public void Mixing_currencies_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => new Money(1m, "IRR") + new Money(1m, "KZT"));
        Assert.Equal("currency.mixed", error.Code);
    }

    [Theory]
    [InlineData("IRR", true)]
    [InlineData("KZT", true)]
    [InlineData("irr", false)]
    [InlineData("RIAL", false)]
    public void Currency_codes_are_ISO_4217_shaped(string code, bool valid) => Assert.Equal(valid, Money.IsCurrencyCode(code));
}

/// <summary>The one reporting calendar every service uses (Region.Year, PreviousYear, Months, Label).</summary>
public sealed class ReportingCalendarTests
{
    private static readonly Region Ilam = new("ilam", "IR", "IRR", "fa-IR", [], RegionCalendar.SolarHijri, 7);
    private static readonly Region Almaty = new("almaty", "KZ", "KZT", "ru-KZ", ["kk-KZ"], RegionCalendar.Gregorian, 5);

    [Fact]
    public void Solar_Hijri_1402_runs_from_Nowruz_2023_to_the_day_before_Nowruz_2024()
    {
        Assert.Equal(new ReportingPeriod(new DateOnly(2023, 3, 21), new DateOnly(2024, 3, 19)), Ilam.Year(1402));
        Assert.Equal(new ReportingPeriod(new DateOnly(2024, 3, 20), new DateOnly(2025, 3, 20)), Ilam.Year(1403)); // a leap year: 30 Esfand
        Assert.Equal(new ReportingPeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), Almaty.Year(2025));
    }

    [Fact]
    public void The_previous_period_of_1402_is_all_of_1401_so_29_Esfand_1401_counts_in_1401()
    {
        var previous = Ilam.PreviousYear(Ilam.Year(1402));
        Assert.Equal(Ilam.Year(1401), previous);
        Assert.Equal(new ReportingPeriod(new DateOnly(2022, 3, 21), new DateOnly(2023, 3, 20)), previous);
        var lastDayOf1401 = new DateOnly(2023, 3, 20);
        Assert.Equal(new CalendarDate(1401, 12, 29), Ilam.Reporting.DateOf(lastDayOf1401));
        Assert.True(previous.Contains(lastDayOf1401));
        Assert.Equal(1401, Ilam.YearOf(lastDayOf1401));
        // After a leap year the whole year still maps to the whole year, and a Gregorian 29 February to the 28th.
        Assert.Equal(Ilam.Year(1403), Ilam.PreviousYear(Ilam.Year(1404)));
        Assert.Equal(new ReportingPeriod(new DateOnly(2023, 2, 1), new DateOnly(2023, 2, 28)),
            Almaty.PreviousYear(new ReportingPeriod(new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29))));
    }

    [Fact]
    public void Months_are_the_region_calendar_months_clipped_to_the_period()
    {
        var months = Ilam.Months(Ilam.Year(1402));
        Assert.Equal(12, months.Count);
        Assert.Equal(new ReportingPeriod(new DateOnly(2024, 2, 20), new DateOnly(2024, 3, 19)), months[11]); // Esfand 1402
    }

    [Theory]
    [InlineData("fa", "فروردین ۱۴۰۲ – اسفند ۱۴۰۲")]
    [InlineData("en", "Farvardin 1402 – Esfand 1402")]
    [InlineData("ru", "фарвардин 1402 – эсфанд 1402")]
    [InlineData("kk", "фарвардин 1402 – эсфанд 1402")]
    [InlineData("de", "Farvardin 1402 – Esfand 1402")]
    public void A_Solar_Hijri_year_is_labelled_in_the_requested_language(string language, string expected)
    {
        var label = Ilam.Label(Ilam.Year(1402), language);
        Assert.Equal(expected, label.Label);
        Assert.Equal("solar-hijri", label.Calendar);
        Assert.Equal((new CalendarDate(1402, 1, 1), new CalendarDate(1402, 12, 29)), (label.From, label.To));
    }

    [Fact]
    public void Gregorian_and_partial_periods_have_labels_too()
    {
        Assert.Equal("январь 2025 – декабрь 2025", Almaty.Label(Almaty.Year(2025), "ru").Label);
        Assert.Equal("қаңтар 2025 – желтоқсан 2025", Almaty.Label(Almaty.Year(2025), "kk").Label);
        Assert.Equal("15 января 2025 – 10 марта 2025", Almaty.Label(new ReportingPeriod(new DateOnly(2025, 1, 15), new DateOnly(2025, 3, 10)), "ru").Label);
        Assert.Equal("Mehr 1403", Ilam.Label(new ReportingPeriod(new DateOnly(2024, 9, 22), new DateOnly(2024, 10, 21)), "en").Label);
        Assert.Equal("4 Mehr 1403 – 29 Mehr 1403", Ilam.Label(new ReportingPeriod(new DateOnly(2024, 9, 25), new DateOnly(2024, 10, 20)), "en").Label);
        Assert.Equal("gregorian", Almaty.Label(Almaty.Year(2024), "en").Calendar);
    }

    [Fact]
    public void A_requested_period_is_a_year_of_the_region_calendar_or_from_and_to()
    {
        var today = new DateOnly(2025, 1, 15); // 26 Dey 1403
        Assert.Equal(Ilam.Year(1403), Ilam.RequestedPeriod(null, null, null, today));
        Assert.Equal(Ilam.Year(1402), Ilam.RequestedPeriod(1402, null, null, today));
        Assert.Equal(Almaty.Year(2024), Almaty.RequestedPeriod(2024, null, null, today));
        Assert.Contains("year", Assert.Throws<ValidationException>(() => Ilam.RequestedPeriod(2025, null, null, today)).Errors.Keys);
        Assert.Contains("year", Assert.Throws<ValidationException>(() => Almaty.RequestedPeriod(1402, null, null, today)).Errors.Keys);
        Assert.Contains("year", Assert.Throws<ValidationException>(() => Ilam.RequestedPeriod(1402, today, today, today)).Errors.Keys);
        Assert.Contains("to", Assert.Throws<ValidationException>(() => Ilam.RequestedPeriod(null, today, null, today)).Errors.Keys);
        Assert.Contains("to", Assert.Throws<ValidationException>(() => Ilam.RequestedPeriod(null, today, today.AddDays(-1), today)).Errors.Keys);
    }

    [Fact]
    public void Regions_carry_a_renewable_target_only_with_its_source()
    {
        var regions = RegionCatalog.FromConfiguration(new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "regions.json")).Build());
        Assert.Equal(new RenewableTarget(53m, "announced by Qom's Director-General", 1404), regions.Get("qom").RenewableTarget);
        Assert.All(regions.All.Where(r => r.Code != "qom"), r => Assert.Null(r.RenewableTarget));
        var sourceless = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Regions:x:Country"] = "IR", ["Regions:x:Currency"] = "IRR", ["Regions:x:Culture"] = "fa-IR",
            ["Regions:x:RenewableTarget:Mw"] = "20", ["Regions:x:RenewableTarget:Year"] = "1404",
        }).Build();
        Assert.Throws<InvalidOperationException>(() => RegionCatalog.FromConfiguration(sourceless));
    }
}

public sealed class PagingTests
{
    [Fact]
    public void Defaults_apply_when_nothing_is_asked() => Assert.Equal(new PageRequest(1, 20), PageRequest.From(null, null));

    [Theory]
    [InlineData(0, 10, "page")]
    [InlineData(1, 101, "pageSize")]
    [InlineData(1, 0, "pageSize")]
    public void Out_of_range_pages_are_field_errors(int page, int size, string field)
    {
        var error = Assert.Throws<ValidationException>(() => PageRequest.From(page, size));
        Assert.Contains(field, error.Errors.Keys);
    }
}

public sealed class RegionCatalogTests
{
    [Fact]
    public void Regions_come_from_configuration_and_adding_one_is_a_config_change()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "regions.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Regions:bushehr:Country"] = "IR",
                ["Regions:bushehr:Currency"] = "IRR",
                ["Regions:bushehr:Culture"] = "fa-IR",
                ["Regions:bushehr:Calendar"] = "SolarHijri",
            })
            .Build();

        var catalog = RegionCatalog.FromConfiguration(configuration);

        Assert.Equal(["almaty", "ardabil", "bushehr", "fars", "ilam", "qom"], catalog.All.Select(r => r.Code).Order());
        Assert.Equal("KZT", catalog.Get("ALMATY").Currency);
        Assert.True(catalog.Get("fars").UsesSolarHijri);
        Assert.Equal(7, catalog.Get("fars").MinimumFoundingMembers);
        Assert.False(catalog.Exists("atlantis"));
    }
}
