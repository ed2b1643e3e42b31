using LabourWelfare.Mediation.Domain;
using static LabourWelfare.Mediation.Tests.Domain.DomainFixtures;

namespace LabourWelfare.Mediation.Tests.Domain;

public sealed class CaseNumberTests
{
    [Fact]
    public void Numbers_read_region_year_sequence() =>
        Assert.Equal("FARS-1404-0042", new CaseNumber("fars", 1404, 42).ToString());

    [Fact]
    public void The_year_is_the_region_calendar_year()
    {
        // 1 October 2025 is 9 Mehr 1404 in the Solar Hijri calendar; 20 March 2025 is still 1403 (Nowruz is the 21st).
        Assert.Equal(1404, Fars.YearOf(Now));
        Assert.Equal(1403, Fars.YearOf(new DateTimeOffset(2025, 3, 20, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(2025, Almaty.YearOf(Now));
    }

    [Theory]
    [InlineData("fars-1404-42", "FARS-1404-0042")]
    [InlineData(" FARS-۱۴۰۴-۰۰۴۲ ", "FARS-1404-0042")]
    [InlineData("almaty-2025-12345", "ALMATY-2025-12345")]
    [InlineData("fars-1404", null)]
    [InlineData("fars-x-1", null)]
    [InlineData("fars-1404-0", null)]
    public void Typed_numbers_are_normalised(string typed, string? expected) =>
        Assert.Equal(expected, CaseNumber.Normalize(typed));
}
