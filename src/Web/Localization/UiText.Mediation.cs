namespace LabourWelfare.Web.Localization;

public static partial class UiText
{
    private static void Mediation()
    {
        Add("case.title", "Mediation case", "پرونده سازش", "Дело медиации", "Медиация ісі");
        Add("case.titleNumber", "Case {0}", "پرونده {0}", "Дело {0}", "{0} ісі");
        Add("case.number", "Number", "شماره", "Номер", "Нөмірі");
        Add("case.category", "Category", "موضوع", "Категория", "Санаты");
        Add("case.channel", "Channel", "مجرا", "Канал", "Арна");
        Add("case.status", "Status", "وضعیت", "Статус", "Мәртебесі");
        Add("case.respondent", "Respondent", "طرف دعوا", "Ответчик", "Жауапкер");
        Add("case.applicant", "Applicant", "متقاضی", "Заявитель", "Өтініш беруші");
        Add("case.received", "Received", "تاریخ دریافت", "Поступило", "Түскен күні");
        Add("case.none", "No case.", "پرونده‌ای نیست.", "Дел нет.", "Іс жоқ.");
        Add("case.parties", "Parties", "طرفین", "Стороны", "Тараптар");
        Add("case.mediator", "Mediator", "میانجی", "Медиатор", "Медиатор");
        Add("case.noApplicant", "Not yet known", "هنوز مشخص نیست", "Пока не указан", "Әлі белгісіз");
        Add("case.openedBy", "Opened by", "ایجادشده از", "Открыто", "Ашқан");
        Add("case.fromInspection", "A violation recorded in an inspection", "تخلف ثبت‌شده در بازرسی", "Нарушение, выявленное при проверке", "Тексеру кезінде анықталған бұзушылық");
        Add("case.summary", "Summary", "خلاصه", "Суть", "Мәні");
        Add("case.outcome", "Outcome", "نتیجه", "Итог", "Нәтижесі");
        Add("case.settlement", "Settlement", "توافق", "Соглашение", "Келісім");
        Add("case.setApplicant", "The applicant", "متقاضی", "Заявитель", "Өтініш беруші");
        Add("case.setApplicantHint", "A case opened from an inspection names the employer; add the worker before assigning a mediator.",
            "پرونده‌ای که از بازرسی ایجاد شده فقط کارفرما را دارد؛ پیش از ارجاع به میانجی، کارگر را وارد کنید.",
            "В деле по итогам проверки указан только работодатель; укажите работника перед назначением медиатора.",
            "Тексеруден ашылған істе тек жұмыс беруші көрсетілген; медиаторды тағайындамас бұрын қызметкерді енгізіңіз.");
        Add("case.assign", "Assign a mediator", "ارجاع به میانجی", "Назначить медиатора", "Медиаторды тағайындау");
        Add("case.assignButton", "Assign", "ارجاع", "Назначить", "Тағайындау");
        Add("case.assigned", "Assigned", "ارجاع‌شده", "Назначен", "Тағайындалған");
        Add("case.assignedTo", "Assigned to {0}", "به {0} ارجاع شد", "Назначено: {0}", "{0} тағайындалды");
        Add("case.noMediators", "No mediator is registered in your region yet.", "هنوز میانجی‌ای در استان شما ثبت نشده است.", "В регионе ещё нет медиаторов.", "Өңірде әлі медиатор жоқ.");
        Add("case.sessions", "Sessions", "جلسات", "Сессии", "Отырыстар");
        Add("case.noSessions", "No session yet.", "هنوز جلسه‌ای نیست.", "Сессий пока нет.", "Отырыс әлі жоқ.");
        Add("case.recordOutcome", "Outcome", "ثبت نتیجه", "Итог", "Нәтижесі");
        Add("case.note", "Note", "یادداشت", "Примечание", "Ескертпе");
        Add("case.close", "Close the case", "بستن پرونده", "Закрыть дело", "Істі жабу");
        Add("session.new", "Schedule a session", "تعیین جلسه", "Назначить сессию", "Отырыс белгілеу");
        Add("session.date", "Date", "تاریخ", "Дата", "Күні");
        Add("session.time", "Time", "ساعت", "Время", "Уақыты");
        Add("session.timeInvalid", "Time as 10:30", "ساعت به شکل ۱۰:۳۰", "Время в виде 10:30", "Уақыт 10:30 түрінде");
        Add("session.minutes", "Minutes", "دقیقه", "Минут", "Минут");
        Add("session.location", "Place", "مکان", "Место", "Орны");
        Add("session.schedule", "Schedule", "ثبت جلسه", "Назначить", "Белгілеу");
        Add("settlement.terms", "Settlement terms", "شرایط توافق", "Условия соглашения", "Келісім шарттары");
        Add("settlement.amount", "Amount agreed", "مبلغ توافق‌شده", "Согласованная сумма", "Келісілген сома");
        Add("calendar.empty", "No session scheduled.", "جلسه‌ای تعیین نشده است.", "Сессий не назначено.", "Отырыс белгіленбеген.");
        Add("mediator.login", "Login", "نام کاربری", "Логин", "Логин");
        Add("mediator.loginHint", "The name the mediator signs in with.", "نامی که میانجی با آن وارد می‌شود.", "Имя, под которым входит медиатор.", "Медиатор кіретін атау.");
        Add("mediator.specialties", "Specialties", "تخصص‌ها", "Специализации", "Мамандықтары");
        Add("mediator.languages", "Languages", "زبان‌ها", "Языки", "Тілдер");
        Add("mediator.caseload", "Open cases", "پرونده‌های باز", "Открытые дела", "Ашық істер");
        Add("mediator.caseloadLimit", "Caseload limit", "سقف پرونده", "Лимит дел", "Істер шегі");
        Add("mediator.none", "No mediator.", "میانجی‌ای نیست.", "Медиаторов нет.", "Медиатор жоқ.");
        Add("mediator.register", "Register a mediator", "ثبت میانجی", "Добавить медиатора", "Медиаторды тіркеу");
        Add("mediator.registerButton", "Register", "ثبت", "Добавить", "Тіркеу");
    }
}
