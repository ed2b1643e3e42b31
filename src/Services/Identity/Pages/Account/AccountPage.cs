using LabourWelfare.Identity.Localization;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LabourWelfare.Identity.Pages.Account;

/// <summary>What every sign-in page shares: where to go back to (local URLs only), the language, field errors.</summary>
public abstract class AccountPage(PageText text, IOptions<ProblemTranslations> translations) : PageModel
{
    protected PageText T => text;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The one message at the top of the form, already in the page's language.</summary>
    public string? Error { get; protected set; }

    public Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context) => LanguageLinks.RememberChoice(HttpContext);

    /// <summary>Back to the authorization request (or the home page); never to another site.</summary>
    protected IActionResult BackToReturnUrl() =>
        !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");

    /// <summary>Shows a validation refusal next to its fields, in the page's language (the API's texts).</summary>
    protected void Show(ValidationException validation)
    {
        Error = T["Please correct the marked fields."];
        foreach (var (field, messages) in validation.Errors)
            FieldErrors[field] = T.Digits(string.Join(" ", messages.Select(m => translations.Value.Translate(m, T.Language))));
    }

    protected string Translate(string english) => T.Digits(translations.Value.Translate(english, T.Language));
}
