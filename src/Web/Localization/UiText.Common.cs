namespace LabourWelfare.Web.Localization;

public static partial class UiText
{
    private static void Common()
    {
        Add("app.name", "Labour & Welfare", "کار و رفاه", "Труд и соцзащита", "Еңбек және әлеуметтік қорғау");
        Add("home.intro", "The officer console and citizen portal of the Department of Cooperatives, Labour and Social Welfare.",
            "میز کار کارشناسان و درگاه شهروندان اداره کل تعاون، کار و رفاه اجتماعی.",
            "Рабочее место специалистов и портал граждан департамента кооперации, труда и социальной защиты.",
            "Кооперация, еңбек және әлеуметтік қорғау департаментінің мамандар кабинеті мен азаматтар порталы.");
        Add("home.welcome", "Signed in as {0} · {1}", "واردشده با نام {0} · {1}", "Вы вошли как {0} · {1}", "Сіз {0} ретінде кірдіңіз · {1}");
        Add("home.plan", "Workplaces to inspect, riskiest first.", "کارگاه‌هایی که باید بازرسی شوند، پرخطرترین در ابتدا.", "Объекты для проверки, самые рискованные первыми.", "Тексерілетін нысандар, ең қауіптісі бірінші.");
        Add("home.inspections", "Carry out scheduled inspections.", "انجام بازرسی‌های برنامه‌ریزی‌شده.", "Проведение запланированных проверок.", "Жоспарланған тексерулерді жүргізу.");
        Add("home.workplaces", "Workplaces lacking a health ambassador.", "کارگاه‌های بدون سفیر سلامت.", "Объекты без уполномоченного по здоровью.", "Денсаулық өкілі жоқ нысандар.");
        Add("home.accidents", "Occupational accident case files.", "پرونده‌های حوادث ناشی از کار.", "Дела о несчастных случаях на производстве.", "Өндірістегі жазатайым оқиғалар істері.");
        Add("home.regionCases", "The region's mediation cases; assign them to mediators.", "پرونده‌های سازش استان؛ ارجاع به میانجی.", "Дела медиации региона; назначение медиаторов.", "Өңірдің медиация істері; медиаторларға тағайындау.");
        Add("home.mediators", "The roster of mediators.", "فهرست میانجی‌ها.", "Список медиаторов.", "Медиаторлар тізімі.");
        Add("home.myCases", "Cases assigned to you.", "پرونده‌های ارجاع‌شده به شما.", "Дела, назначенные вам.", "Сізге тағайындалған істер.");
        Add("home.calendar", "Your sessions, soonest first.", "جلسات شما، نزدیک‌ترین در ابتدا.", "Ваши сессии, ближайшие первыми.", "Сіздің отырыстарыңыз, ең жақыны бірінші.");
        Add("home.applications", "Applications waiting for a decision, with the rules' reasons.", "درخواست‌های در انتظار تصمیم، با دلایل قواعد.", "Заявления, ожидающие решения, с причинами по правилам.", "Шешім күтетін өтініштер, ережелер себептерімен.");
        Add("home.programmes", "Programmes with budget used and left.", "برنامه‌ها با بودجه مصرف‌شده و باقی‌مانده.", "Программы: использованный и оставшийся бюджет.", "Бағдарламалар: жұмсалған және қалған бюджет.");
        Add("home.beneficiaries", "People registered for aid.", "افراد ثبت‌شده برای کمک.", "Получатели помощи.", "Көмек алушылар.");
        Add("home.cooperatives", "Cooperatives, members, returns and energy projects.", "تعاونی‌ها، اعضا، گزارش‌های سالانه و طرح‌های انرژی.", "Кооперативы, члены, отчёты и энергопроекты.", "Кооперативтер, мүшелер, есептер және энергия жобалары.");
        Add("home.myRecords", "Your applications, mediation cases and memberships.", "درخواست‌ها، پرونده‌های سازش و عضویت‌های شما.", "Ваши заявления, дела медиации и членство.", "Сіздің өтініштеріңіз, медиация істері және мүшелігіңіз.");
        Add("home.statistics", "Figures for reports, in the region's calendar.", "آمار برای گزارش، به تقویم استان.", "Показатели для отчётов в календаре региона.", "Есептерге арналған көрсеткіштер, өңір күнтізбесінде.");

        Add("nav.home", "Home", "خانه", "Главная", "Басты бет");
        Add("nav.menu", "Main menu", "منوی اصلی", "Главное меню", "Басты мәзір");
        Add("nav.language", "Language", "زبان", "Язык", "Тіл");
        Add("nav.signIn", "Sign in", "ورود", "Войти", "Кіру");
        Add("nav.signOut", "Sign out", "خروج", "Выйти", "Шығу");
        Add("nav.inspections", "Inspections", "بازرسی", "Проверки", "Тексерулер");
        Add("nav.plan", "Inspection plan", "برنامه بازرسی", "План проверок", "Тексеру жоспары");
        Add("nav.inspectionList", "Inspections", "بازرسی‌ها", "Проверки", "Тексерулер");
        Add("nav.workplaces", "Workplaces", "کارگاه‌ها", "Объекты", "Нысандар");
        Add("nav.accidents", "Accident files", "پرونده‌های حادثه", "Несчастные случаи", "Жазатайым оқиғалар");
        Add("nav.checklists", "Checklists", "چک‌لیست‌ها", "Чек-листы", "Бақылау парақтары");
        Add("nav.mediation", "Mediation", "سازش", "Медиация", "Медиация");
        Add("nav.regionCases", "Region's cases", "پرونده‌های استان", "Дела региона", "Өңір істері");
        Add("nav.myCases", "My cases", "پرونده‌های من", "Мои дела", "Менің істерім");
        Add("nav.calendar", "My calendar", "تقویم من", "Мой календарь", "Менің күнтізбем");
        Add("nav.mediators", "Mediators", "میانجی‌ها", "Медиаторы", "Медиаторлар");
        Add("nav.aid", "Welfare aid", "کمک‌های رفاهی", "Социальная помощь", "Әлеуметтік көмек");
        Add("nav.applications", "Applications", "درخواست‌ها", "Заявления", "Өтініштер");
        Add("nav.programmes", "Programmes", "برنامه‌ها", "Программы", "Бағдарламалар");
        Add("nav.beneficiaries", "Beneficiaries", "مددجویان", "Получатели", "Алушылар");
        Add("nav.cooperatives", "Cooperatives", "تعاونی‌ها", "Кооперативы", "Кооперативтер");
        Add("nav.myRecords", "My records", "پرونده‌های من", "Мои данные", "Менің деректерім");
        Add("nav.statistics", "Statistics", "آمار", "Статистика", "Статистика");

        Add("common.loading", "Loading", "در حال بارگذاری", "Загрузка", "Жүктелуде");
        Add("common.open", "Open", "باز کردن", "Открыть", "Ашу");
        Add("common.save", "Save", "ذخیره", "Сохранить", "Сақтау");
        Add("common.saved", "Saved", "ذخیره شد", "Сохранено", "Сақталды");
        Add("common.search", "Search", "جستجو", "Поиск", "Іздеу");
        Add("common.actions", "Actions", "اقدام‌ها", "Действия", "Әрекеттер");
        Add("common.previous", "Previous", "قبلی", "Назад", "Алдыңғы");
        Add("common.next", "Next", "بعدی", "Далее", "Келесі");
        Add("common.pageOf", "Page {0} · {1} in all", "صفحه {0} · در مجموع {1}", "Страница {0} · всего {1}", "{0}-бет · барлығы {1}");
        Add("common.yes", "Yes", "بله", "Да", "Иә");
        Add("common.no", "No", "خیر", "Нет", "Жоқ");
        Add("common.total", "Total", "جمع", "Всего", "Барлығы");
        Add("common.create", "Create", "ایجاد", "Создать", "Құру");
        Add("common.details", "Details", "جزئیات", "Подробности", "Толығырақ");

        Add("date.invalid", "Not a date (year/month/day).", "تاریخ نامعتبر است (سال/ماه/روز).", "Неверная дата (год-месяц-день).", "Күн дұрыс емес (жыл-ай-күн).");
        Add("number.invalid", "Not a number.", "عدد نامعتبر است.", "Неверное число.", "Сан дұрыс емес.");
        Add("problem.connection", "The connection failed. What you typed is kept; try again.", "اتصال برقرار نشد. آنچه نوشته‌اید حفظ شده است؛ دوباره تلاش کنید.", "Нет связи. Введённые данные сохранены; повторите попытку.", "Байланыс үзілді. Енгізілген деректер сақталды; қайталап көріңіз.");
        Add("problem.stale", "Someone changed this record meanwhile. Reload it to see the change, then try again.", "در این فاصله کس دیگری این پرونده را تغییر داده است. برای دیدن تغییر دوباره بارگذاری کنید و سپس دوباره تلاش کنید.", "Запись тем временем изменил кто-то другой. Обновите её, чтобы увидеть изменения, и повторите.", "Бұл жазбаны басқа біреу өзгертті. Өзгерісті көру үшін қайта жүктеп, қайталаңыз.");
        Add("problem.generic", "The request was refused.", "درخواست پذیرفته نشد.", "Запрос отклонён.", "Сұрау қабылданбады.");
        Add("problem.reload", "Reload", "بارگذاری دوباره", "Обновить", "Қайта жүктеу");
        Add("problem.retry", "Try again", "تلاش دوباره", "Повторить", "Қайталау");
        Add("session.expired", "Your session has ended. Sign in again to continue; this page keeps what you typed until you leave it.", "نشست شما پایان یافته است. برای ادامه دوباره وارد شوید.", "Сеанс завершён. Войдите снова, чтобы продолжить.", "Сеанс аяқталды. Жалғастыру үшін қайта кіріңіз.");
        Add("notFound.title", "Page not found", "صفحه پیدا نشد", "Страница не найдена", "Бет табылмады");
        Add("notFound.text", "There is nothing at this address.", "در این نشانی چیزی وجود ندارد.", "По этому адресу ничего нет.", "Бұл мекенжайда ештеңе жоқ.");

        Add("signin.title", "Sign in", "ورود", "Вход", "Кіру");
        Add("signin.devIntro", "Development sign-in: choose an account. The gateway issues its token; the platform's identity provider replaces this page when configured.",
            "ورود آزمایشی: یک حساب را انتخاب کنید. درگاه برای آن توکن صادر می‌کند؛ با پیکربندی سامانه هویت، این صفحه کنار می‌رود.",
            "Вход для разработки: выберите учётную запись. Токен выдаёт шлюз; при настроенном провайдере удостоверений эта страница не используется.",
            "Әзірлеуге арналған кіру: есептік жазбаны таңдаңыз. Токенді шлюз береді; сәйкестендіру провайдері бапталса, бұл бет қолданылмайды.");
        Add("signin.unavailable", "Sign in through the identity provider.", "از طریق سامانه هویت وارد شوید.", "Войдите через провайдер удостоверений.", "Сәйкестендіру провайдері арқылы кіріңіз.");
        Add("signin.gatewayError", "The gateway did not issue a token. Is the platform running?", "درگاه توکن صادر نکرد. آیا سامانه در حال اجراست؟", "Шлюз не выдал токен. Платформа запущена?", "Шлюз токен бермеді. Платформа іске қосылған ба?");
        Add("signin.accountError", "Unknown account.", "حساب ناشناخته است.", "Неизвестная учётная запись.", "Белгісіз есептік жазба.");

        Add("person.fullName", "Full name", "نام و نام خانوادگی", "ФИО", "Аты-жөні");
        Add("person.nationalId", "National id", "کد ملی", "ИИН", "ЖСН");

        Add("region.fars", "Fars", "فارس", "Фарс", "Фарс");
        Add("region.ilam", "Ilam", "ایلام", "Илам", "Илам");
        Add("region.ardabil", "Ardabil", "اردبیل", "Ардебиль", "Ардебиль");
        Add("region.qom", "Qom", "قم", "Кум", "Құм");
        Add("region.almaty", "Almaty", "آلماتی", "Алматы", "Алматы");
    }
}
