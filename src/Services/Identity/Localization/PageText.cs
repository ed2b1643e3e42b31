using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace LabourWelfare.Identity.Localization;

/// <summary>
/// The sign-in pages' texts in the platform's four languages, keyed by the English text, and how a page picks its
/// language: ?culture=, then the language cookie, then ui_locales of the OpenID Connect request being served, then
/// Accept-Language. Persian pages are right to left with Persian digits.
/// </summary>
public sealed class PageText
{
    public static readonly string[] Languages = ["en", "fa", "ru", "kk"];

    public string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is var l && Languages.Contains(l) ? l : "en";

    public bool RightToLeft => Language == "fa";

    public string Direction => RightToLeft ? "rtl" : "ltr";

    public string this[string english] => Digits(Raw(english));

    /// <summary>A text with values: "at least {0} characters" → "دست‌کم ۱۰ نویسه".</summary>
    public string Format(string english, params object[] values) => Digits(string.Format(CultureInfo.InvariantCulture, Raw(english), values));

    private string Raw(string english) =>
        Language == "en" || !Texts.TryGetValue(english, out var translated) ? english : translated[Array.IndexOf(Languages, Language) - 1];

    /// <summary>Persian digits on Persian pages; as written elsewhere.</summary>
    public string Digits(string text) =>
        !RightToLeft ? text : string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)('۰' + (c - '0')) : c));

    public static RequestLocalizationOptions LocalizationOptions()
    {
        var cultures = Languages.Select(l => new CultureInfo(l)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
            new CustomRequestCultureProvider(UiLocalesOfReturnUrl),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }

    /// <summary>The OpenID Connect ui_locales of the authorization request the sign-in pages return to.</summary>
    private static Task<ProviderCultureResult?> UiLocalesOfReturnUrl(HttpContext http)
    {
        var returnUrl = http.Request.Query["ReturnUrl"].ToString();
        var query = returnUrl.IndexOf('?') is var i and >= 0 ? QueryString.FromUriComponent(returnUrl[i..]) : QueryString.Empty;
        var locales = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query.Value)
            .TryGetValue("ui_locales", out var value) ? value.ToString() : string.Empty;
        var first = locales.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('-')[0].ToLowerInvariant()).FirstOrDefault(Languages.Contains);
        return Task.FromResult(first is null ? null : new ProviderCultureResult(first));
    }

    // English → Persian, Russian, Kazakh.
    private static readonly Dictionary<string, string[]> Texts = new(StringComparer.Ordinal)
    {
        ["Labour & Welfare"] = ["تعاون، کار و رفاه اجتماعی", "Труд и социальная защита", "Еңбек және әлеуметтік қорғау"],
        ["Sign in"] = ["ورود", "Вход", "Кіру"],
        ["Username"] = ["نام کاربری", "Имя пользователя", "Пайдаланушы аты"],
        ["Password"] = ["گذرواژه", "Пароль", "Құпиясөз"],
        ["The username or password is not correct, or the account is locked for a while."] =
        [
            "نام کاربری یا گذرواژه درست نیست، یا حساب برای مدتی قفل شده است.",
            "Неверное имя пользователя или пароль, либо учётная запись временно заблокирована.",
            "Пайдаланушы аты немесе құпиясөз қате, не есептік жазба уақытша бұғатталған.",
        ],
        ["Enter your username and password."] = ["نام کاربری و گذرواژهٔ خود را وارد کنید.", "Введите имя пользователя и пароль.", "Пайдаланушы аты мен құпиясөзді енгізіңіз."],
        ["Second step"] = ["مرحلهٔ دوم", "Второй шаг", "Екінші қадам"],
        ["Enter the {0}-digit code from your authenticator app."] =
            ["کد {0} رقمی برنامهٔ احراز هویت خود را وارد کنید.", "Введите {0}-значный код из приложения-аутентификатора.", "Аутентификатор қолданбасындағы {0} таңбалы кодты енгізіңіз."],
        ["Code"] = ["کد", "Код", "Код"],
        ["The code is not valid."] = ["کد معتبر نیست.", "Код недействителен.", "Код жарамсыз."],
        ["Continue"] = ["ادامه", "Продолжить", "Жалғастыру"],
        ["Set up your authenticator app"] = ["برنامهٔ احراز هویت را راه‌اندازی کنید", "Настройте приложение-аутентификатор", "Аутентификатор қолданбасын баптаңыз"],
        ["Your account needs a second step at sign-in. Add this key to an authenticator app, then enter the code it shows."] =
        [
            "حساب شما هنگام ورود به مرحلهٔ دوم نیاز دارد. این کلید را به یک برنامهٔ احراز هویت بیفزایید و کدی را که نشان می‌دهد وارد کنید.",
            "Для вашей учётной записи нужен второй шаг при входе. Добавьте этот ключ в приложение-аутентификатор и введите показанный код.",
            "Есептік жазбаңызға кіру кезінде екінші қадам қажет. Бұл кілтті аутентификатор қолданбасына қосып, көрсетілген кодты енгізіңіз.",
        ],
        ["Key"] = ["کلید", "Ключ", "Кілт"],
        ["Change your password"] = ["گذرواژهٔ خود را تغییر دهید", "Смените пароль", "Құпиясөзді өзгертіңіз"],
        ["Your password was temporary. Choose your own to continue."] =
            ["گذرواژهٔ شما موقت بود. برای ادامه گذرواژهٔ خودتان را انتخاب کنید.", "Ваш пароль был временным. Чтобы продолжить, задайте свой.", "Құпиясөзіңіз уақытша болды. Жалғастыру үшін өз құпиясөзіңізді таңдаңыз."],
        ["Current password"] = ["گذرواژهٔ فعلی", "Текущий пароль", "Ағымдағы құпиясөз"],
        ["New password"] = ["گذرواژهٔ جدید", "Новый пароль", "Жаңа құпиясөз"],
        ["At least {0} characters, with an uppercase letter, a lowercase letter and a digit."] =
        [
            "دست‌کم {0} نویسه، با یک حرف بزرگ، یک حرف کوچک و یک رقم.",
            "Не менее {0} символов, с заглавной и строчной буквой и цифрой.",
            "Кемінде {0} таңба: бас әріп, кіші әріп және сан.",
        ],
        ["Register as a citizen"] = ["ثبت‌نام شهروند", "Регистрация гражданина", "Азамат ретінде тіркелу"],
        ["Full name"] = ["نام و نام خانوادگی", "Полное имя", "Толық аты-жөні"],
        ["Region"] = ["منطقه", "Регион", "Өңір"],
        ["National id"] = ["کد ملی", "ИИН", "ЖСН"],
        ["Register"] = ["ثبت‌نام", "Зарегистрироваться", "Тіркелу"],
        ["No account yet?"] = ["حساب ندارید؟", "Нет учётной записи?", "Есептік жазбаңыз жоқ па?"],
        ["Please correct the marked fields."] = ["لطفاً فیلدهای مشخص‌شده را اصلاح کنید.", "Исправьте отмеченные поля.", "Белгіленген өрістерді түзетіңіз."],
        ["You are signed in."] = ["وارد شده‌اید.", "Вы вошли в систему.", "Сіз жүйеге кірдіңіз."],
        ["You are signed out."] = ["خارج شده‌اید.", "Вы вышли из системы.", "Сіз жүйеден шықтыңыз."],
    };
}
