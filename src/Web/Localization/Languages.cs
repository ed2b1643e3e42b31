using System.Globalization;
using System.Security.Claims;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Localization;

namespace LabourWelfare.Web.Localization;

/// <summary>
/// The four languages of the platform. The user's choice is kept in the culture cookie; without one, the language of
/// the user's region (fa-IR for Fars, ru-KZ for Almaty), then the browser's, then English.
/// </summary>
public static class Languages
{
    /// <summary>Language → the culture used for numbers and dates.</summary>
    public static readonly IReadOnlyDictionary<string, string> Cultures = new Dictionary<string, string>
    {
        ["fa"] = "fa-IR", ["ru"] = "ru-KZ", ["kk"] = "kk-KZ", ["en"] = "en-GB",
    };

    public static readonly IReadOnlyList<string> All = ["fa", "ru", "kk", "en"];

    /// <summary>The endonym shown in the language menu.</summary>
    public static string NativeName(string language) => language switch
    {
        "fa" => "فارسی",
        "ru" => "Русский",
        "kk" => "Қазақша",
        _ => "English",
    };

    /// <summary>The language of this request or circuit.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static bool CurrentIsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;

    public static string CultureOf(string? language) =>
        language is not null && Cultures.TryGetValue(language, out var culture) ? culture : Cultures["en"];

    public static WebApplication UseLanguages(this WebApplication app)
    {
        var cultures = Cultures.Values.Select(c => new CultureInfo(c)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Cultures["en"]),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            // A bare "fa" or "ru" from a browser finds fa-IR or ru-KZ.
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider(),
            new CustomRequestCultureProvider(context => Task.FromResult(RegionCulture(context))),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        app.UseRequestLocalization(options);

        // The language menu: remember the choice for a year, then return to the page.
        app.MapGet("/culture/set", (HttpContext context, string? language, string? returnUrl) =>
        {
            var culture = CultureOf(language);
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(Auth.AccountEndpoints.LocalUrl(returnUrl));
        }).AllowAnonymous();
        return app;
    }

    private static ProviderCultureResult? RegionCulture(HttpContext context)
    {
        var region = context.User.FindFirstValue(PlatformClaims.Region);
        var catalog = context.RequestServices.GetRequiredService<RegionCatalog>();
        return catalog.TryGet(region, out var r) ? new ProviderCultureResult(r.Culture) : null;
    }
}
