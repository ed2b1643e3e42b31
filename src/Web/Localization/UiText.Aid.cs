namespace LabourWelfare.Web.Localization;

public static partial class UiText
{
    private static void Aid()
    {
        Add("application.title", "Application", "درخواست", "Заявление", "Өтініш");
        Add("application.beneficiary", "Beneficiary", "مددجو", "Получатель", "Алушы");
        Add("application.programme", "Programme", "برنامه", "Программа", "Бағдарлама");
        Add("application.submitted", "Submitted", "تاریخ ثبت", "Подано", "Берілген күні");
        Add("application.reasons", "What the rules say", "نتیجه قواعد", "Проверка по правилам", "Ережелер нәтижесі");
        Add("application.eligible", "Meets the programme's rules", "واجد شرایط برنامه است", "Соответствует условиям программы", "Бағдарлама талаптарына сай");
        Add("application.status", "Status", "وضعیت", "Статус", "Мәртебесі");
        Add("application.none", "No application.", "درخواستی نیست.", "Заявлений нет.", "Өтініш жоқ.");
        Add("application.origin", "Opened by", "منشأ", "Источник", "Көзі");
        Add("application.reserved", "Reserved", "رزروشده", "Зарезервировано", "Резервтелген");
        Add("application.disbursed", "Paid", "پرداخت‌شده", "Выплачено", "Төленген");
        Add("application.decidedBy", "Decided by", "تصمیم‌گیرنده", "Решение принял", "Шешім қабылдаған");
        Add("application.note", "Decision note", "یادداشت تصمیم", "Комментарий к решению", "Шешім туралы ескертпе");
        Add("application.approve", "Approve", "تأیید", "Одобрить", "Мақұлдау");
        Add("application.reject", "Reject", "رد", "Отклонить", "Қабылдамау");
        Add("application.record", "Record an application", "ثبت درخواست", "Зарегистрировать заявление", "Өтінішті тіркеу");
        Add("application.recordButton", "Record", "ثبت", "Зарегистрировать", "Тіркеу");
        Add("makerChecker.title", "Four eyes", "کنترل دونفره", "Принцип четырёх глаз", "Төрт көз қағидасы");
        Add("makerChecker.recordedBy", "Recorded by {0}.", "ثبت‌کننده: {0}.", "Зарегистрировал: {0}.", "Тіркеген: {0}.");
        Add("makerChecker.rule", "The officer who recorded an application never approves, rejects or pays it.",
            "کارشناسی که درخواست را ثبت کرده، هرگز خودش آن را تأیید، رد یا پرداخت نمی‌کند.",
            "Специалист, зарегистрировавший заявление, не может его одобрить, отклонить или выплатить.",
            "Өтінішті тіркеген маман оны мақұлдай, қабылдамай немесе төлей алмайды.");
        Add("makerChecker.youRecorded", "You recorded this application: another officer decides it.",
            "این درخواست را شما ثبت کرده‌اید: کارشناس دیگری درباره آن تصمیم می‌گیرد.",
            "Вы зарегистрировали это заявление: решение принимает другой специалист.",
            "Бұл өтінішті сіз тіркедіңіз: шешімді басқа маман қабылдайды.");
        Add("disbursement.title", "Disbursements", "پرداخت‌ها", "Выплаты", "Төлемдер");
        Add("disbursement.amount", "Amount", "مبلغ", "Сумма", "Сома");
        Add("disbursement.reference", "Reference", "شماره پیگیری", "Номер платежа", "Төлем нөмірі");
        Add("disbursement.record", "Record the payment", "ثبت پرداخت", "Зарегистрировать выплату", "Төлемді тіркеу");
        Add("disbursement.recordProof", "Record proof of delivery", "ثبت رسید تحویل", "Подтвердить вручение", "Тапсыруды растау");
        Add("disbursement.delivered", "Delivered {0} to {1}", "تحویل در {0} به {1}", "Вручено {0}: {1}", "{0} тапсырылды: {1}");
        Add("programme.benefit", "Benefit", "مبلغ کمک", "Размер помощи", "Көмек мөлшері");
        Add("programme.budget", "Budget", "بودجه", "Бюджет", "Бюджет");
        Add("programme.reserved", "Reserved by approvals", "رزرو با تأییدها", "Зарезервировано", "Резервтелген");
        Add("programme.disbursed", "Paid", "پرداخت‌شده", "Выплачено", "Төленген");
        Add("programme.remaining", "Left", "باقی‌مانده", "Остаток", "Қалдық");
        Add("programme.used", "Budget used", "بودجه مصرف‌شده", "Использовано бюджета", "Жұмсалған бюджет");
        Add("programme.activate", "Activate", "فعال‌سازی", "Активировать", "Белсендіру");
        Add("programme.new", "New programme", "برنامه جدید", "Новая программа", "Жаңа бағдарлама");
        Add("programme.name", "Name", "نام", "Название", "Атауы");
        Add("programme.kind", "Kind", "نوع", "Вид", "Түрі");
        Add("programme.maxDecile", "Highest income decile", "بالاترین دهک درآمدی", "Максимальный дециль дохода", "Ең жоғары табыс децилі");
        Add("programme.startsOn", "Starts on", "تاریخ شروع", "Начало", "Басталуы");
        Add("programme.endsOn", "Ends on", "تاریخ پایان", "Окончание", "Аяқталуы");
        Add("beneficiary.household", "Household", "بعد خانوار", "Состав семьи", "Отбасы құрамы");
        Add("beneficiary.decile", "Income decile", "دهک درآمدی", "Дециль дохода", "Табыс децилі");
        Add("beneficiary.groups", "Target groups", "گروه‌های هدف", "Целевые группы", "Мақсатты топтар");
        Add("beneficiary.none", "No beneficiary.", "مددجویی نیست.", "Получателей нет.", "Алушы жоқ.");
        Add("beneficiary.register", "Register a beneficiary", "ثبت مددجو", "Зарегистрировать получателя", "Алушыны тіркеу");
        Add("reason.region-mismatch", "Registered in another region than the programme.", "در استانی غیر از استان برنامه ثبت شده است.", "Зарегистрирован в другом регионе.", "Басқа өңірде тіркелген.");
        Add("reason.income-decile-unknown", "The income decile is not known yet; record it first.", "دهک درآمدی هنوز مشخص نیست؛ ابتدا آن را ثبت کنید.", "Дециль дохода неизвестен; сначала укажите его.", "Табыс децилі белгісіз; алдымен оны енгізіңіз.");
        Add("reason.income-decile-above-maximum", "The income decile is above the programme's maximum.", "دهک درآمدی بالاتر از سقف برنامه است.", "Дециль дохода выше предела программы.", "Табыс децилі бағдарлама шегінен жоғары.");
        Add("reason.not-in-target-group", "In none of the programme's target groups.", "در هیچ‌یک از گروه‌های هدف برنامه نیست.", "Не входит в целевые группы программы.", "Бағдарламаның мақсатты топтарына кірмейді.");
        Add("reason.outside-programme-period", "Outside the programme's period.", "خارج از دوره برنامه است.", "Вне срока программы.", "Бағдарлама мерзімінен тыс.");
        Add("reason.officer-decision", "Refused by the officer (see the note).", "به تشخیص کارشناس رد شد (یادداشت را ببینید).", "Отклонено специалистом (см. комментарий).", "Маман қабылдамады (ескертпені қараңыз).");
        Add("my.applications", "My aid applications", "درخواست‌های کمک من", "Мои заявления на помощь", "Менің көмек өтініштерім");
        Add("my.cases", "My mediation cases", "پرونده‌های سازش من", "Мои дела медиации", "Менің медиация істерім");
        Add("my.memberships", "My cooperatives", "تعاونی‌های من", "Мои кооперативы", "Менің кооперативтерім");
    }
}
