namespace LabourWelfare.Mediation.Tests;

/// <summary>Fresh, checksum-valid national ids, so every test has its own people.</summary>
public static class TestIds
{
    /// <summary>An Iranian national code: nine random digits and the check digit.</summary>
    public static string Iranian()
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

    /// <summary>A Kazakh IIN: birth date, century/sex digit, serial and check digit.</summary>
    public static string KazakhIin()
    {
        while (true)
        {
            var body = $"{Random.Shared.Next(60, 99):00}{Random.Shared.Next(1, 13):00}{Random.Shared.Next(1, 29):00}3{Random.Shared.Next(0, 10000):0000}";
            int Weighted(int start)
            {
                var sum = 0;
                for (var i = 0; i < 11; i++)
                {
                    var weight = (i + start) % 11;
                    sum += (body[i] - '0') * (weight == 0 ? 11 : weight);
                }
                return sum % 11;
            }
            var check = Weighted(1);
            if (check == 10) check = Weighted(3);
            if (check == 10) continue;
            return body + check;
        }
    }
}
