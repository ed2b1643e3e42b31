using LabourWelfare.SharedKernel;

namespace LabourWelfare.WelfareAid.Tests.Domain;

/// <summary>National ids of both countries, with their checksums, whatever digits they are typed in.</summary>
public sealed class NationalIdTests
{
    [Theory]
    [InlineData("0013542419")] // widely published example
    [InlineData("0499370899")]
    [InlineData("0084575948")]
    [InlineData("1234567891")] // computed with the algorithm
    [InlineData("4500123458")]
    [InlineData("9876543210")]
    public void Valid_Iranian_codes_pass(string code)
    {
        Assert.True(NationalId.TryNormalize(code, "IR", out var normalized));
        Assert.Equal(code, normalized);
    }

    [Theory]
    [InlineData("0013542418")] // wrong check digit
    [InlineData("1234567890")]
    [InlineData("1111111111")] // all the same digit
    [InlineData("0000000000")]
    [InlineData("001354241")] // nine digits
    [InlineData("00135424190")] // eleven
    [InlineData("00135a2419")]
    [InlineData("")]
    public void Invalid_Iranian_codes_fail(string code) => Assert.False(NationalId.TryNormalize(code, "IR", out _));

    [Theory]
    [InlineData("860904350504")] // widely published example
    [InlineData("000101500001")]
    [InlineData("850501300129")] // computed with the algorithm
    [InlineData("901215400353")]
    [InlineData("010203500781")] // born in the 2000s
    public void Valid_Kazakh_IINs_pass(string iin)
    {
        Assert.True(NationalId.TryNormalize(iin, "KZ", out var normalized));
        Assert.Equal(iin, normalized);
    }

    [Theory]
    [InlineData("860904350505")] // wrong check digit
    [InlineData("880101300032")]
    [InlineData("123456789012")] // month 34
    [InlineData("861304350504")] // month 13
    [InlineData("860900350504")] // day 00
    [InlineData("860904950504")] // century digit 9
    [InlineData("86090435050")] // eleven digits
    public void Invalid_Kazakh_IINs_fail(string iin) => Assert.False(NationalId.TryNormalize(iin, "KZ", out _));

    [Fact]
    public void Persian_and_Arabic_digits_are_normalised_before_the_check()
    {
        Assert.True(NationalId.TryNormalize("۰۰۱۳۵۴۲۴۱۹", "IR", out var persian));
        Assert.Equal("0013542419", persian);
        Assert.True(NationalId.TryNormalize("٠٠١٣٥٤٢٤١٩", "IR", out var arabic));
        Assert.Equal("0013542419", arabic);
        Assert.True(NationalId.TryNormalize(" 001-354241-9 ", "IR", out var spaced));
        Assert.Equal("0013542419", spaced);
    }

    [Fact]
    public void A_code_is_checked_with_its_country_rule()
    {
        Assert.False(NationalId.TryNormalize("0013542419", "KZ", out _));
        Assert.False(NationalId.TryNormalize("860904350504", "IR", out _));
    }

    [Fact]
    public void Generated_test_ids_are_valid()
    {
        for (var i = 0; i < 50; i++)
        {
            Assert.True(NationalId.IsValidIranianCode(TestIds.Iranian()));
            Assert.True(NationalId.IsValidKazakhIin(TestIds.Kazakh()));
        }
    }

    [Fact]
    public void Masking_keeps_only_the_last_three_digits() => Assert.Equal("*******419", NationalId.Mask("0013542419"));
}
