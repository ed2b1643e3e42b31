namespace LabourWelfare.Web.Localization;

public static partial class UiText
{
    private static void Statistics()
    {
        Add("stats.accidents", "Accident files by sector", "پرونده‌های حادثه به تفکیک بخش", "Несчастные случаи по отраслям", "Салалар бойынша жазатайым оқиғалар");
        Add("stats.comparedWith", "compared with {0}", "در مقایسه با {0}", "в сравнении с {0}", "{0} кезеңімен салыстырғанда");
        Add("stats.accidentFiles", "{0} files ({1} a year earlier)", "{0} پرونده ({1} در سال قبل)", "{0} дел (годом ранее {1})", "{0} іс (бір жыл бұрын {1})");
        Add("stats.aid", "Aid reach and amounts", "پوشش و مبالغ کمک‌ها", "Охват и суммы помощи", "Көмек қамтуы мен сомасы");
        Add("stats.reached", "{0} beneficiaries reached", "{0} مددجو بهره‌مند شدند", "Получили помощь: {0}", "Көмек алғандар: {0}");
        Add("stats.disbursedIn", "Paid in {0}", "پرداخت‌شده به {0}", "Выплачено в {0}", "{0} төленді");
        Add("stats.cooperatives", "Cooperatives, jobs and energy", "تعاونی‌ها، اشتغال و انرژی", "Кооперативы, рабочие места и энергия", "Кооперативтер, жұмыс орындары және энергия");
        Add("stats.cooperativeFigures", "{0} cooperatives · {1} members · {2} jobs", "{0} تعاونی · {1} عضو · {2} شغل", "{0} кооперативов · {1} членов · {2} рабочих мест", "{0} кооператив · {1} мүше · {2} жұмыс орны");
        Add("stats.operationalMw", "Operational", "در بهره‌برداری", "Работает", "Жұмыс істейді");
        Add("stats.installingMw", "Installing", "در حال نصب", "Монтаж", "Орнатылуда");
        Add("stats.targetMw", "Target", "هدف", "Цель", "Мақсат");
        Add("stats.mediation", "Mediation", "سازش", "Медиация", "Медиация");
        Add("stats.settlementRate", "{0} cases received, {1} resolved; settled:", "{0} پرونده دریافت و {1} پرونده مختومه شد؛ نرخ سازش:", "Поступило {0}, завершено {1}; урегулировано:", "{0} іс түсті, {1} аяқталды; реттелгені:");
        Add("stats.received", "Received", "دریافتی", "Поступило", "Түсті");
        Add("stats.resolved", "Resolved", "مختومه", "Завершено", "Аяқталды");
    }
}
