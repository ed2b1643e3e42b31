using Microsoft.AspNetCore.Localization;

namespace LabourWelfare.Identity.Localization;

public static class LanguageLinks
{
    /// <summary>The current query (ReturnUrl kept) with ?culture= set to <paramref name="language"/>.</summary>
    public static QueryString For(IQueryCollection query, string language) =>
        QueryString.Create(query.Where(q => q.Key != "culture").Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()))
            .Append(new KeyValuePair<string, string?>("culture", language)));

    /// <summary>Remembers a language chosen with ?culture= for the next pages of the sign-in (a year, like any preference).</summary>
    public static void RememberChoice(HttpContext http)
    {
        var chosen = http.Request.Query["culture"].ToString();
        if (!PageText.Languages.Contains(chosen)) return;
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
    }
}
