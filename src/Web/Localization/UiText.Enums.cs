namespace LabourWelfare.Web.Localization;

public static partial class UiText
{
    /// <summary>API enum values (kebab-case), shown through <c>Ui.E(value)</c>.</summary>
    private static void Enums()
    {
        void E(string value, string en, string fa, string ru, string kk) => Add("enum." + value, en, fa, ru, kk);

        // roles
        E("inspector", "Inspector", "بازرس", "Инспектор", "Инспектор");
        E("supervisor", "Supervisor", "سرپرست", "Руководитель", "Басшы");
        E("mediator", "Mediator", "میانجی", "Медиатор", "Медиатор");
        E("registrar", "Registrar", "کارشناس ثبت تعاونی", "Регистратор", "Тіркеуші");
        E("aid-officer", "Aid officer", "کارشناس کمک‌ها", "Специалист по помощи", "Көмек маманы");
        E("citizen", "Citizen", "شهروند", "Гражданин", "Азамат");
        E("admin", "Administrator", "مدیر سامانه", "Администратор", "Әкімші");
        // sectors
        E("industry", "Industry", "صنعت", "Промышленность", "Өнеркәсіп");
        E("services", "Services", "خدمات", "Услуги", "Қызметтер");
        E("agriculture", "Agriculture", "کشاورزی", "Сельское хозяйство", "Ауыл шаруашылығы");
        E("construction", "Construction", "ساختمان", "Строительство", "Құрылыс");
        // statuses
        E("scheduled", "Scheduled", "برنامه‌ریزی‌شده", "Запланирована", "Жоспарланған");
        E("in-progress", "In progress", "در حال انجام", "Идёт", "Жүріп жатыр");
        E("completed", "Completed", "پایان‌یافته", "Завершена", "Аяқталды");
        E("cancelled", "Cancelled", "لغوشده", "Отменено", "Болдырылмады");
        E("active", "Active", "فعال", "Активен", "Белсенді");
        E("retired", "Retired", "غیرفعال", "Выбыл", "Шығарылған");
        E("received", "Received", "دریافت‌شده", "Поступило", "Түсті");
        E("assigned", "Assigned", "ارجاع‌شده", "Назначено", "Тағайындалды");
        E("in-session", "In session", "در جلسه", "Идут сессии", "Отырыста");
        E("settled", "Settled", "سازش‌شده", "Урегулировано", "Реттелді");
        E("not-settled", "Not settled", "بدون سازش", "Не урегулировано", "Реттелмеді");
        E("withdrawn", "Withdrawn", "مستردشده", "Отозвано", "Қайтарылды");
        E("closed", "Closed", "بسته‌شده", "Закрыто", "Жабылды");
        E("reported", "Reported", "گزارش‌شده", "Зарегистрирован", "Тіркелді");
        E("under-investigation", "Under investigation", "در حال بررسی", "Расследуется", "Тергелуде");
        E("submitted", "Submitted", "ثبت‌شده", "Подано", "Берілді");
        E("approved", "Approved", "تأییدشده", "Одобрено", "Мақұлданды");
        E("rejected", "Rejected", "ردشده", "Отклонено", "Қабылданбады");
        E("under-appeal", "Under appeal", "در حال اعتراض", "Обжалуется", "Шағымдануда");
        E("disbursed", "Paid", "پرداخت‌شده", "Выплачено", "Төленді");
        E("draft", "Draft", "پیش‌نویس", "Черновик", "Жоба");
        E("founding", "Founding", "در حال تأسیس", "Учреждается", "Құрылуда");
        E("registered", "Registered", "ثبت‌شده", "Зарегистрирован", "Тіркелген");
        E("suspended", "Suspended", "تعلیق‌شده", "Приостановлен", "Тоқтатылған");
        E("dissolved", "Dissolved", "منحل‌شده", "Ликвидирован", "Таратылған");
        E("planned", "Planned", "برنامه‌ریزی‌شده", "Запланирован", "Жоспарланған");
        E("installing", "Installing", "در حال نصب", "Монтаж", "Орнатылуда");
        E("operational", "Operational", "بهره‌برداری", "Работает", "Жұмыс істеуде");
        E("awaiting-proof-of-delivery", "Awaiting proof of delivery", "در انتظار رسید تحویل", "Ожидает подтверждения вручения", "Тапсыру растауын күтуде");
        E("awaiting-reconciliation", "Awaiting the bank", "در انتظار تطبیق بانک", "Ожидает сверки с банком", "Банкпен салыстыруды күтуде");
        // checklist answers, severities, topics
        E("compliant", "Compliant", "منطبق", "Соответствует", "Сәйкес");
        E("non-compliant", "Not compliant", "نامنطبق", "Не соответствует", "Сәйкес емес");
        E("not-applicable", "Not applicable", "موضوعیت ندارد", "Неприменимо", "Қолданылмайды");
        E("minor", "Minor", "جزئی", "Незначительное", "Елеусіз");
        E("major", "Major", "عمده", "Существенное", "Елеулі");
        E("critical", "Critical", "بحرانی", "Критическое", "Аса қауіпті");
        E("serious", "Serious", "شدید", "Тяжёлый", "Ауыр");
        E("fatal", "Fatal", "منجر به فوت", "Смертельный", "Өліммен аяқталған");
        E("hygiene", "Hygiene", "بهداشت", "Гигиена", "Гигиена");
        E("ppe", "Protective equipment", "تجهیزات حفاظت فردی", "СИЗ", "Жеке қорғаныс құралдары");
        E("distancing", "Distancing", "فاصله‌گذاری", "Дистанцирование", "Арақашықтық");
        E("remote-work", "Remote work", "دورکاری", "Удалённая работа", "Қашықтан жұмыс");
        E("first-aid", "First aid", "کمک‌های اولیه", "Первая помощь", "Алғашқы көмек");
        E("fire-safety", "Fire safety", "ایمنی آتش", "Пожарная безопасность", "Өрт қауіпсіздігі");
        // violation categories
        E("illegal-dismissal", "Illegal dismissal", "اخراج غیرقانونی", "Незаконное увольнение", "Заңсыз жұмыстан шығару");
        E("unpaid-wages", "Unpaid wages", "دستمزد پرداخت‌نشده", "Невыплата зарплаты", "Жалақы төленбеуі");
        E("machinery-safety", "Machinery safety", "ایمنی ماشین‌آلات", "Безопасность оборудования", "Жабдық қауіпсіздігі");
        E("working-hours", "Working hours", "ساعات کار", "Рабочее время", "Жұмыс уақыты");
        E("child-labour", "Child labour", "کار کودک", "Детский труд", "Балалар еңбегі");
        E("other", "Other", "سایر", "Другое", "Басқа");
        // recommendations and supplies
        E("supply-ppe", "Supply protective equipment", "تأمین تجهیزات حفاظتی", "Обеспечить СИЗ", "ЖҚҚ-мен қамтамасыз ету");
        E("training", "Training", "آموزش", "Обучение", "Оқыту");
        E("ventilation", "Ventilation", "تهویه", "Вентиляция", "Желдету");
        E("masks", "Masks", "ماسک", "Маски", "Маскалар");
        E("sanitiser", "Sanitiser", "ضدعفونی‌کننده", "Антисептик", "Антисептик");
        E("gloves", "Gloves", "دستکش", "Перчатки", "Қолғаптар");
        E("first-aid-kits", "First-aid kits", "جعبه کمک‌های اولیه", "Аптечки", "Дәрі қобдишалары");
        E("leaflets", "Leaflets", "بروشور", "Листовки", "Парақшалар");
        // risk factors
        E("risk-sector", "sector", "بخش", "отрасль", "сала");
        E("risk-size", "size", "اندازه", "размер", "көлемі");
        E("risk-accidents", "accidents", "حوادث", "несчастные случаи", "жазатайым оқиғалар");
        E("risk-violations", "violations", "تخلفات", "нарушения", "бұзушылықтар");
        E("risk-unresolved-labour-disputes", "unresolved labour disputes", "اختلافات کارگری حل‌نشده", "неурегулированные трудовые споры", "шешілмеген еңбек даулары");
        E("risk-missing-health-ambassador", "no health ambassador", "نبود سفیر سلامت", "нет уполномоченного по здоровью", "денсаулық өкілі жоқ");
        // mediation
        E("labour-wages", "Labour: wages", "کار: دستمزد", "Трудовой: зарплата", "Еңбек: жалақы");
        E("labour-dismissal", "Labour: dismissal", "کار: اخراج", "Трудовой: увольнение", "Еңбек: жұмыстан шығару");
        E("labour-contract", "Labour: contract", "کار: قرارداد", "Трудовой: договор", "Еңбек: шарт");
        E("family", "Family", "خانواده", "Семейный", "Отбасылық");
        E("labour", "Labour", "کار", "Трудовые споры", "Еңбек даулары");
        E("walk-in", "Walk-in", "مراجعه حضوری", "Личный приём", "Жеке қабылдау");
        E("phone", "Phone", "تلفن", "Телефон", "Телефон");
        E("online", "Online", "برخط", "Онлайн", "Онлайн");
        E("inspection-referral", "From an inspection", "ارجاع از بازرسی", "По итогам проверки", "Тексеруден");
        E("court", "Court", "دادگاه", "Суд", "Сот");
        E("labour-dispute-board", "Labour dispute board", "هیئت حل اختلاف کار", "Комиссия по трудовым спорам", "Еңбек дауы жөніндегі комиссия");
        // aid
        E("electronic-food-coupon", "Electronic food coupon", "کالابرگ الکترونیکی", "Электронный продуктовый купон", "Электронды азық-түлік купоны");
        E("food-basket", "Food basket", "سبد غذایی", "Продуктовый набор", "Азық-түлік себеті");
        E("sanatorium-voucher", "Sanatorium voucher", "حواله آسایشگاه", "Путёвка в санаторий", "Шипажай жолдамасы");
        E("equipment", "Equipment", "تجهیزات", "Оборудование", "Жабдық");
        E("cash-grant", "Cash grant", "کمک نقدی", "Денежная помощь", "Ақшалай көмек");
        E("accident-victim", "Accident victim", "آسیب‌دیده حادثه", "Пострадавший", "Жазатайым оқиғадан зардап шеккен");
        E("dismissed-worker", "Dismissed worker", "کارگر اخراجی", "Уволенный работник", "Жұмыстан шығарылған");
        E("recovering-from-illness", "Recovering from illness", "در حال بهبود از بیماری", "Выздоравливающий", "Сауығып келе жатқан");
        E("low-income", "Low income", "کم‌درآمد", "Малообеспеченный", "Аз қамтылған");
        E("officer", "Officer", "کارشناس", "Специалист", "Маман");
        E("citizen-application", "Citizen", "شهروند", "Гражданин", "Азамат");
        E("accident-reported", "Accident report", "گزارش حادثه", "Сообщение о несчастном случае", "Жазатайым оқиға туралы хабар");
        E("mediation-case-closed", "Mediation case closed", "بسته‌شدن پرونده سازش", "Закрытие дела медиации", "Медиация ісінің жабылуы");
        E("bank-transfer", "Bank transfer", "واریز بانکی", "Банковский перевод", "Банк аударымы");
        E("electronic-coupon", "Electronic coupon", "کالابرگ الکترونیکی", "Электронный купон", "Электронды купон");
        E("in-kind", "In kind", "غیرنقدی", "В натуральной форме", "Заттай");
        // cooperatives
        E("production", "Production", "تولیدی", "Производственный", "Өндірістік");
        E("housing", "Housing", "مسکن", "Жилищный", "Тұрғын үй");
        E("consumer", "Consumer", "مصرف", "Потребительский", "Тұтынушылық");
        E("renewable-energy", "Renewable energy", "انرژی تجدیدپذیر", "Возобновляемая энергия", "Жаңартылатын энергия");
        E("credit", "Credit", "اعتبار", "Кредитный", "Кредиттік");
        E("solar", "Solar", "خورشیدی", "Солнечная", "Күн");
        E("wind", "Wind", "بادی", "Ветровая", "Жел");
    }
}
