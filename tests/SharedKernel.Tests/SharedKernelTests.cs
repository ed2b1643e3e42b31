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

public sealed class PeriodLabelTests
{
    private static readonly Region Fars = new("fars", "IR", "IRR", "fa-IR", [], RegionCalendar.SolarHijri, 7, 53);
    private static readonly Region Almaty = new("almaty", "KZ", "KZT", "ru-KZ", ["kk-KZ"], RegionCalendar.Gregorian, 5, 40);

    [Fact]
    public void A_date_in_October_2024_is_Mehr_1403()
    {
        var date = PeriodLabels.ToSolarHijri(new DateOnly(2024, 10, 15));
        Assert.Equal((1403, 7, "Mehr"), (date.Year, date.Month, date.MonthName));
    }

    [Fact]
    public void A_Solar_Hijri_year_starts_at_Nowruz() =>
        Assert.Equal((new DateOnly(2024, 3, 20), new DateOnly(2025, 3, 20)), PeriodLabels.SolarHijriYear(1403));

    [Fact]
    public void Persian_regions_get_Solar_Hijri_labels_and_others_Gregorian()
    {
        Assert.Equal("Mehr 1403", PeriodLabels.For(Fars, new DateOnly(2024, 9, 25), new DateOnly(2024, 10, 20)).Label);
        Assert.Equal("gregorian", PeriodLabels.For(Almaty, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)).Calendar);
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
