using LabourWelfare.SharedKernel;

namespace LabourWelfare.DemoData;

/// <summary>
/// Names and national ids. Ids are built from a (kind, region, index) number, so they are unique per kind of person,
/// and carry a valid check digit (Iran's national code; Kazakhstan's IIN). They are checked with SharedKernel's
/// validators, the ones the services use.
/// </summary>
public static class People
{
    /// <summary>Which group of people an id belongs to (keeps members, workers, applicants ... apart).</summary>
    public enum Kind { Member = 1, Injured = 2, Beneficiary = 3, Applicant = 4, Mediator = 5 }

    public sealed record Person(string NationalId, string FullName, bool Female);

    public static Person Make(DemoRegion region, Kind kind, int index)
    {
        var random = Seeds.For($"person/{region.Code}/{kind}/{index}");
        var female = random.Chance(0.45);
        var name = region.Iranian ? PersianName(random, female) : AlmatyName(random, female);
        var id = region.Iranian ? IranianCode(kind, region.Number, index) : KazakhIin(kind, index, female, random);
        return new Person(id, name, female);
    }

    private static string IranianCode(Kind kind, int regionNumber, int index)
    {
        // 9 digits: kind, region, 7-digit index; then the check digit (weights 10..2, mod 11).
        var body = $"{(int)kind}{regionNumber}{index:D7}";
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (body[i] - '0') * (10 - i);
        var remainder = sum % 11;
        var code = body + (remainder < 2 ? remainder : 11 - remainder);
        return NationalId.IsValidIranianCode(code) ? code : throw new InvalidOperationException("generated an invalid national code");
    }

    private static string KazakhIin(Kind kind, int index, bool female, Random random)
    {
        // YYMMDD + century/sex digit + 4-digit serial + check digit. The (kind, index) number picks a distinct
        // birth date (every 20 days from 1956) and serial, so ids never repeat.
        var n = (int)kind * 1_000_000 + index;
        var born = new DateOnly(1956, 1, 1).AddDays(n / 10_000 % 900 * 20 + (int)kind);
        var serial = n % 10_000;
        var centuryDigits = born.Year < 2000 ? (female ? "43" : "34") : (female ? "65" : "56");
        foreach (var century in centuryDigits)
        {
            var body = $"{born:yyMMdd}{century}{serial:D4}";
            var check = Weighted(body, 1);
            if (check == 10) check = Weighted(body, 3);
            if (check == 10) continue;
            var iin = body + check;
            if (NationalId.IsValidKazakhIin(iin)) return iin;
        }
        _ = random;
        throw new InvalidOperationException($"no valid IIN for {kind}/{index}");
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

    private static string PersianName(Random random, bool female) =>
        $"{random.Pick(female ? PersianWomen : PersianMen)} {random.Pick(PersianSurnames)}";

    private static string AlmatyName(Random random, bool female)
    {
        if (random.Chance(0.6))
        {
            var surname = random.Pick(KazakhSurnames);
            return $"{random.Pick(female ? KazakhWomen : KazakhMen)} {(female ? surname + "а" : surname)}";
        }
        var russian = random.Pick(RussianSurnames);
        return $"{random.Pick(female ? RussianWomen : RussianMen)} {(female ? russian + "а" : russian)}";
    }

    public static readonly string[] PersianMen =
        ["محمد", "علی", "حسین", "رضا", "مهدی", "حسن", "امیر", "سعید", "مجید", "احمد", "جواد", "مصطفی", "محسن", "کریم", "بهرام", "داریوش", "فرهاد", "کامران", "یوسف", "ابراهیم", "ناصر", "هادی", "مرتضی", "عباس"];
    public static readonly string[] PersianWomen =
        ["فاطمه", "زهرا", "مریم", "معصومه", "زینب", "سارا", "نرگس", "لیلا", "الهام", "مهسا", "شیرین", "پروین", "سمیرا", "نسرین", "طاهره", "فرزانه", "سمانه", "راضیه", "آزاده", "مینا"];
    public static readonly string[] PersianSurnames =
        ["احمدی", "محمدی", "حسینی", "رضایی", "کریمی", "موسوی", "جعفری", "قاسمی", "صادقی", "رحیمی", "شیرازی", "کازرونی", "جهرمی", "اردبیلی", "قمی", "ایلامی", "نوری", "هاشمی", "یزدانی", "فرهادی", "عباسی", "اکبری", "زارعی", "بهرامی", "سلیمانی", "طاهری", "مرادی", "کاظمی", "نجفی", "پارسا"];
    public static readonly string[] KazakhMen =
        ["Айдар", "Ерлан", "Нурлан", "Даурен", "Асхат", "Бауыржан", "Серик", "Марат", "Ержан", "Арман", "Канат", "Жанибек"];
    public static readonly string[] KazakhWomen =
        ["Айгерим", "Динара", "Гульнара", "Жанар", "Асель", "Салтанат", "Айжан", "Мадина", "Алия", "Камила", "Сауле", "Назгуль"];
    public static readonly string[] KazakhSurnames =
        ["Ахметов", "Нурланов", "Сейткалиев", "Жумабаев", "Касымов", "Абдрахманов", "Омаров", "Искаков", "Тулегенов", "Бекмуханов", "Сарсенбаев", "Мухамедиев"];
    public static readonly string[] RussianMen =
        ["Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Игорь", "Владимир", "Николай", "Павел", "Евгений"];
    public static readonly string[] RussianWomen =
        ["Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Мария", "Юлия", "Екатерина"];
    public static readonly string[] RussianSurnames =
        ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Морозов", "Волков", "Федоров"];
}
