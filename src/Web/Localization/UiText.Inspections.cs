namespace LabourWelfare.Web.Localization;

public static partial class UiText
{
    private static void Inspections()
    {
        Add("plan.unscheduledOnly", "Only workplaces without a visit scheduled", "فقط کارگاه‌های بدون بازدید برنامه‌ریزی‌شده", "Только объекты без запланированной проверки", "Тек тексеру жоспарланбаған нысандар");
        Add("plan.rank", "Rank", "رتبه", "Место", "Орны");
        Add("plan.risk", "Risk", "ریسک", "Риск", "Тәуекел");
        Add("plan.lastInspected", "Last inspected", "آخرین بازرسی", "Последняя проверка", "Соңғы тексеру");
        Add("plan.scheduled", "Scheduled", "برنامه‌ریزی‌شده", "Запланирована", "Жоспарланған");
        Add("plan.schedule", "Schedule", "زمان‌بندی", "Назначить", "Жоспарлау");
        Add("plan.empty", "No workplace in the plan.", "کارگاهی در برنامه نیست.", "В плане нет объектов.", "Жоспарда нысан жоқ.");
        Add("plan.disputes", "{0} unresolved labour dispute(s)", "{0} اختلاف کارگری حل‌نشده", "Неурегулированных трудовых споров: {0}", "Шешілмеген еңбек даулары: {0}");

        Add("workplace.name", "Workplace", "کارگاه", "Объект", "Нысан");
        Add("workplace.sector", "Sector", "بخش", "Отрасль", "Сала");
        Add("workplace.county", "County", "شهرستان", "Район", "Аудан");
        Add("workplace.workforce", "Workers", "شاغلان", "Работники", "Қызметкерлер");
        Add("workplace.employer", "Employer", "کارفرما", "Работодатель", "Жұмыс беруші");
        Add("workplace.registrationNumber", "Registration number", "شماره ثبت", "Регистрационный номер", "Тіркеу нөмірі");
        Add("workplace.ambassador", "Health ambassador", "سفیر سلامت", "Уполномоченный по здоровью", "Денсаулық өкілі");
        Add("workplace.missingAmbassador", "Lacking a health ambassador", "بدون سفیر سلامت", "Нет уполномоченного по здоровью", "Денсаулық өкілі жоқ");
        Add("workplace.onlyMissing", "Only workplaces lacking an ambassador", "فقط کارگاه‌های بدون سفیر سلامت", "Только объекты без уполномоченного", "Тек өкілі жоқ нысандар");
        Add("workplace.register", "Register a workplace", "ثبت کارگاه", "Зарегистрировать объект", "Нысанды тіркеу");
        Add("workplace.none", "No workplace.", "کارگاهی نیست.", "Объектов нет.", "Нысан жоқ.");
        Add("workplace.appoint", "Appoint", "انتصاب", "Назначить", "Тағайындау");
        Add("workplace.appointedOn", "Appointed on", "تاریخ انتصاب", "Дата назначения", "Тағайындалған күні");

        Add("schedule.title", "Schedule an inspection", "زمان‌بندی بازرسی", "Назначить проверку", "Тексеруді жоспарлау");
        Add("schedule.checklist", "Checklist", "چک‌لیست", "Чек-лист", "Бақылау парағы");
        Add("schedule.date", "Date", "تاریخ", "Дата", "Күні");
        Add("schedule.submit", "Schedule", "ثبت زمان‌بندی", "Назначить", "Жоспарлау");
        Add("schedule.noChecklist", "No checklist is published in your region yet.", "هنوز چک‌لیستی در استان شما منتشر نشده است.", "В вашем регионе ещё нет чек-листа.", "Өңіріңізде әлі бақылау парағы жоқ.");

        Add("inspection.title", "Inspection", "بازرسی", "Проверка", "Тексеру");
        Add("inspection.scheduledOn", "Scheduled on", "تاریخ برنامه", "Дата проверки", "Жоспарланған күні");
        Add("inspection.start", "Start the inspection", "شروع بازرسی", "Начать проверку", "Тексеруді бастау");
        Add("inspection.checklist", "Checklist", "چک‌لیست", "Чек-лист", "Бақылау парағы");
        Add("inspection.saveAnswers", "Save answers", "ذخیره پاسخ‌ها", "Сохранить ответы", "Жауаптарды сақтау");
        Add("inspection.violations", "Violations", "تخلفات", "Нарушения", "Бұзушылықтар");
        Add("inspection.recommendations", "Recommendations", "توصیه‌ها", "Рекомендации", "Ұсыныстар");
        Add("inspection.supplies", "Supplies handed out", "اقلام توزیع‌شده", "Выданные средства", "Берілген құралдар");
        Add("inspection.complete", "Complete the inspection", "پایان بازرسی", "Завершить проверку", "Тексеруді аяқтау");
        Add("inspection.completed", "Inspection completed", "بازرسی پایان یافت", "Проверка завершена", "Тексеру аяқталды");
        Add("inspection.completedScore", "Completed · compliance {0}", "پایان‌یافته · انطباق {0}", "Завершена · соответствие {0}", "Аяқталды · сәйкестік {0}");
        Add("inspection.followUp", "Follow-up inspection", "بازرسی پیگیری", "Повторная проверка", "Қайта тексеру");
        Add("inspection.none", "No inspection.", "بازرسی‌ای نیست.", "Проверок нет.", "Тексеру жоқ.");
        Add("inspection.status", "Status", "وضعیت", "Статус", "Мәртебесі");
        Add("inspection.score", "Compliance", "انطباق", "Соответствие", "Сәйкестік");
        Add("inspection.new", "Schedule an inspection", "زمان‌بندی بازرسی", "Назначить проверку", "Тексеруді жоспарлау");

        Add("violation.new", "Record a violation", "ثبت تخلف", "Зафиксировать нарушение", "Бұзушылықты тіркеу");
        Add("violation.category", "Category", "نوع تخلف", "Категория", "Санаты");
        Add("violation.severity", "Severity", "شدت", "Тяжесть", "Ауырлығы");
        Add("violation.description", "Description", "شرح", "Описание", "Сипаттамасы");
        Add("violation.provision", "Provision broken", "ماده قانونی", "Нарушенная норма", "Бұзылған норма");
        Add("violation.deadline", "Corrective deadline", "مهلت رفع", "Срок устранения", "Жою мерзімі");
        Add("violation.penalty", "Penalty", "جریمه", "Штраф", "Айыппұл");
        Add("violation.record", "Record the violation", "ثبت تخلف", "Зафиксировать нарушение", "Бұзушылықты тіркеу");
        Add("violation.recorded", "Violation recorded", "تخلف ثبت شد", "Нарушение зафиксировано", "Бұзушылық тіркелді");
        Add("recommendation.kind", "Recommendation", "توصیه", "Рекомендация", "Ұсыныс");
        Add("recommendation.text", "Text", "متن", "Текст", "Мәтіні");
        Add("recommendation.record", "Record the recommendation", "ثبت توصیه", "Добавить рекомендацию", "Ұсынысты қосу");
        Add("supplies.item", "Item", "قلم", "Средство", "Құрал");
        Add("supplies.quantity", "Quantity", "تعداد", "Количество", "Саны");
        Add("supplies.record", "Add", "افزودن", "Добавить", "Қосу");

        Add("checklist.title", "Title", "عنوان", "Название", "Атауы");
        Add("checklist.code", "Code", "کد", "Код", "Коды");
        Add("checklist.items", "Items", "موارد", "Пункты", "Тармақтар");
        Add("checklist.new", "Publish a checklist", "انتشار چک‌لیست", "Опубликовать чек-лист", "Бақылау парағын жариялау");
        Add("checklist.itemText", "Item text", "متن مورد", "Текст пункта", "Тармақ мәтіні");
        Add("checklist.addItem", "Add an item", "افزودن مورد", "Добавить пункт", "Тармақ қосу");
        Add("checklist.topic", "Topic", "موضوع", "Тема", "Тақырып");
        Add("checklist.version", "Version", "نسخه", "Версия", "Нұсқа");
        Add("checklist.none", "No checklist yet.", "هنوز چک‌لیستی نیست.", "Чек-листов пока нет.", "Бақылау парағы әлі жоқ.");
        Add("checklist.publish", "Publish", "انتشار", "Опубликовать", "Жариялау");

        Add("accident.occurredAt", "Occurred", "زمان وقوع", "Дата происшествия", "Болған уақыты");
        Add("accident.severity", "Severity", "شدت", "Тяжесть", "Ауырлығы");
        Add("accident.injured", "Injured", "آسیب‌دیدگان", "Пострадавшие", "Зардап шеккендер");
        Add("accident.status", "Status", "وضعیت", "Статус", "Мәртебесі");
        Add("accident.none", "No accident file.", "پرونده حادثه‌ای نیست.", "Дел нет.", "Іс жоқ.");
        Add("accident.rootCause", "Root cause", "علت ریشه‌ای", "Коренная причина", "Негізгі себебі");
        Add("accident.correctiveActions", "Corrective actions", "اقدامات اصلاحی", "Корректирующие меры", "Түзету шаралары");
        Add("accident.description", "Description", "شرح", "Описание", "Сипаттамасы");
        Add("accident.file", "Accident file", "پرونده حادثه", "Дело о несчастном случае", "Жазатайым оқиға ісі");
    }
}
