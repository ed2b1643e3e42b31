namespace LabourWelfare.TestSupport;

/// <summary>Fresh, checksum-valid national ids: Iranian national codes and Kazakh IINs.</summary>
public static class NationalIds
{
    public static string For(string region) => region == "almaty" ? NewKazakh() : NewIranian();

    public static string NewIranian()
    {
        while (true)
        {
            var digits = Enumerable.Range(0, 9).Select(_ => Random.Shared.Next(10)).ToArray();
            if (digits.Distinct().Count() == 1) continue;
            var sum = digits.Select((d, i) => d * (10 - i)).Sum();
            var remainder = sum % 11;
            var check = remainder < 2 ? remainder : 11 - remainder;
            return string.Concat(digits) + check;
        }
    }

    public static string NewKazakh()
    {
        while (true)
        {
            var birth = new DateOnly(1960, 1, 1).AddDays(Random.Shared.Next(0, 15000));
            var body = $"{birth:yyMMdd}{(birth.Year < 2000 ? 3 : 5)}{Random.Shared.Next(0, 10000):D4}";
            var check = Weighted(body, 1);
            if (check == 10) check = Weighted(body, 3);
            if (check == 10) continue;
            return body + check;
        }
    }

    private static int Weighted(string body, int start)
    {
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            var weight = (i + start) % 11;
            sum += (body[i] - '0') * (weight == 0 ? 11 : weight);
        }
        return sum % 11;
    }
}
