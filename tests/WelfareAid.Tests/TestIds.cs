namespace LabourWelfare.WelfareAid.Tests;

/// <summary>Fresh, checksum-valid national ids, so tests never collide on the unique national id.</summary>
public static class TestIds
{
    public static string Iranian()
    {
        while (true)
        {
            var digits = Enumerable.Range(0, 9).Select(_ => Random.Shared.Next(10)).ToArray();
            var sum = 0;
            for (var i = 0; i < 9; i++) sum += digits[i] * (10 - i);
            var remainder = sum % 11;
            var check = remainder < 2 ? remainder : 11 - remainder;
            var code = string.Concat(digits) + check;
            if (code.Distinct().Count() > 1) return code;
        }
    }

    public static string Kazakh()
    {
        while (true)
        {
            var date = new DateOnly(1950, 1, 1).AddDays(Random.Shared.Next(0, 20000));
            var prefix = $"{date:yyMMdd}{(date.Year < 2000 ? 3 : 5)}{Random.Shared.Next(0, 10000):D4}";
            var check = KazakhCheck(prefix);
            if (check is not null) return prefix + check;
        }
    }

    public static string For(string region) => region == "almaty" ? Kazakh() : Iranian();

    public static string ToPersianDigits(string value) => string.Concat(value.Select(c => char.IsAsciiDigit(c) ? (char)('۰' + (c - '0')) : c));

    public static string ToArabicDigits(string value) => string.Concat(value.Select(c => char.IsAsciiDigit(c) ? (char)('٠' + (c - '0')) : c));

    private static int? KazakhCheck(string first11)
    {
        int Weighted(int start)
        {
            var sum = 0;
            for (var i = 0; i < 11; i++)
            {
                var weight = (i + start) % 11;
                sum += (first11[i] - '0') * (weight == 0 ? 11 : weight);
            }
            return sum % 11;
        }
        var check = Weighted(1);
        if (check == 10) check = Weighted(3);
        return check == 10 ? null : check;
    }
}
