namespace LabourWelfare.DemoData;

/// <summary>Names of workplaces and their employers, in Persian for the Iranian regions and Russian for Almaty.</summary>
public static class WorkplaceNames
{
    public static (string Name, string Employer) Make(DemoRegion region, string sector, string county, Random random, int index)
    {
        if (region.Iranian)
        {
            var brand = random.Pick(new[] { "پارس", "زاگرس", "آریا", "سپید", "البرز", "کوثر", "مهر", "نگین", "فجر", "سبلان", "دنا", "کیمیا" });
            var kind = sector switch
            {
                "industry" => random.Pick(new[] { "کاشی", "سیمان", "نساجی", "قطعه‌سازی", "لبنیات", "پتروشیمی", "فولاد" }),
                "construction" => random.Pick(new[] { "کارگاه ساختمانی", "پروژه مسکن", "راه‌سازی", "پل‌سازی" }),
                "agriculture" => random.Pick(new[] { "کشت و صنعت", "گلخانه", "مرغداری", "دامپروری" }),
                _ => random.Pick(new[] { "فروشگاه زنجیره‌ای", "رستوران", "هتل", "شرکت حمل و نقل", "بیمارستان خصوصی" }),
            };
            return ($"{kind} {brand} {county} ({index})", $"شرکت {brand} {kind}");
        }
        var name = random.Pick(new[] { "Алатау", "Жетысу", "Кайнар", "Тенгри", "Самрук", "Арман", "Береке", "Медеу" });
        var ru = sector switch
        {
            "industry" => random.Pick(new[] { "Завод", "Фабрика", "Комбинат" }),
            "construction" => random.Pick(new[] { "Стройплощадка", "ЖК", "Дорожный участок" }),
            "agriculture" => random.Pick(new[] { "Агрохолдинг", "Теплица", "Птицефабрика" }),
            _ => random.Pick(new[] { "Торговый центр", "Гостиница", "Логистический центр", "Ресторан" }),
        };
        return ($"{ru} «{name}» ({county}, {index})", $"ТОО «{name} {ru}»");
    }
}
