using LabourWelfare.ServiceDefaults.Localization;

namespace LabourWelfare.Identity.Localization;

/// <summary>The provider's problem and field texts in Persian, Russian and Kazakh (for the API and the pages).</summary>
internal static class Translations
{
    public static void AddTo(ProblemTranslations t)
    {
        t.Add("must be at least {0} characters.", "باید دست‌کم {0} نویسه باشد.", "должно содержать не менее {0} символов.", "кемінде {0} таңба болуы керек.");
        t.Add("must contain a digit.", "باید یک رقم داشته باشد.", "должно содержать цифру.", "сан болуы керек.");
        t.Add("must contain a lowercase letter.", "باید یک حرف کوچک داشته باشد.", "должно содержать строчную букву.", "кіші әріп болуы керек.");
        t.Add("must contain an uppercase letter.", "باید یک حرف بزرگ داشته باشد.", "должно содержать заглавную букву.", "бас әріп болуы керек.");
        t.Add("is not correct.", "درست نیست.", "указан неверно.", "қате.");
        t.Add("is not accepted.", "پذیرفته نیست.", "не принимается.", "қабылданбайды.");
        t.Add("may contain only lowercase letters, digits and - . _ @", "فقط می‌تواند حروف کوچک لاتین، رقم و - . _ @ داشته باشد", "может содержать только строчные латинские буквы, цифры и - . _ @", "тек кіші латын әріптері, сандар және - . _ @ бола алады");
        t.Add("is not a valid national id for the region.", "کد ملی معتبری برای این منطقه نیست.", "не является действительным идентификационным номером для региона.", "өңір үшін жарамды сәйкестендіру нөмірі емес.");
        t.Add("The username is already taken.", "این نام کاربری قبلاً گرفته شده است.", "Это имя пользователя уже занято.", "Бұл пайдаланушы аты бос емес.");
        t.Add("This national id already has an account.", "برای این کد ملی قبلاً حساب ساخته شده است.", "Для этого идентификационного номера уже есть учётная запись.", "Бұл сәйкестендіру нөміріне есептік жазба бұрыннан бар.");
        t.Add("You cannot disable your own account.", "نمی‌توانید حساب خودتان را غیرفعال کنید.", "Нельзя отключить собственную учётную запись.", "Өз есептік жазбаңызды өшіре алмайсыз.");
        t.Add("You cannot take the admin role from yourself.", "نمی‌توانید نقش مدیر را از خودتان بگیرید.", "Нельзя снять с себя роль администратора.", "Өзіңізден әкімші рөлін ала алмайсыз.");
        t.Add("The officer was not found.", "کارمند یافت نشد.", "Сотрудник не найден.", "Қызметкер табылмады.");
        t.Add("must match the password.", "باید با گذرواژه یکی باشد.", "должно совпадать с паролем.", "құпиясөзбен сәйкес болуы керек.");
    }
}
