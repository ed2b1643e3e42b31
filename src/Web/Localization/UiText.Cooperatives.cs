namespace LabourWelfare.Web.Localization;

public static partial class UiText
{
    private static void Cooperatives()
    {
        Add("cooperative.name", "Cooperative", "تعاونی", "Кооператив", "Кооператив");
        Add("cooperative.status", "Status", "وضعیت", "Статус", "Мәртебесі");
        Add("cooperative.members", "Members", "اعضا", "Члены", "Мүшелер");
        Add("cooperative.none", "No cooperative.", "تعاونی‌ای نیست.", "Кооперативов нет.", "Кооператив жоқ.");
        Add("cooperative.belowMinimum", "Below the minimum of {0}", "کمتر از حداقل {0} عضو", "Меньше минимума ({0})", "Ең аз саннан ({0}) төмен");
        Add("cooperative.returns", "Annual returns", "گزارش‌های سالانه", "Годовые отчёты", "Жылдық есептер");
        Add("cooperative.energy", "Energy projects", "طرح‌های انرژی", "Энергопроекты", "Энергия жобалары");
        Add("member.shares", "Shares", "سهام", "Паи", "Үлестер");
        Add("member.joined", "Member since", "تاریخ عضویت", "Член с", "Мүше болған күні");
        Add("return.jobs", "{0} jobs", "{0} شغل", "рабочих мест: {0}", "{0} жұмыс орны");
        Add("energy.progress", "Renewable energy against the regional target", "انرژی تجدیدپذیر در برابر هدف استان", "ВИЭ относительно цели региона", "ЖЭК өңір мақсатына қатысты");
        Add("energy.noTarget", "{0} MW operational; no regional target is set.", "{0} مگاوات در بهره‌برداری؛ هدفی برای استان تعیین نشده است.", "Работает {0} МВт; цель региона не задана.", "{0} МВт жұмыс істейді; өңір мақсаты белгіленбеген.");
        Add("energy.ofTarget", "{0} MW of {1} MW target ({2})", "{0} مگاوات از هدف {1} مگاوات ({2})", "{0} МВт из {1} МВт ({2})", "{1} МВт мақсаттан {0} МВт ({2})");
    }
}
