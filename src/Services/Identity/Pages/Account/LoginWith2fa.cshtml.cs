using LabourWelfare.Identity.Domain;
using LabourWelfare.Identity.Localization;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LabourWelfare.Identity.Pages.Account;

/// <summary>The second step: the time-based code of the account's authenticator app (wrong codes count towards lockout).</summary>
[AllowAnonymous]
public sealed class LoginWith2faModel(SignInManager<PlatformUser> signIn, PageText text, IOptions<ProblemTranslations> translations)
    : AccountPage(text, translations)
{
    public const int CodeLength = 6;

    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("./Login", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToPage("./Login", new { ReturnUrl });
        var code = DigitNormalizer.NormalizeDigits(Code ?? string.Empty).Replace(" ", "").Replace("-", "");
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded) return BackToReturnUrl();
        Error = T["The code is not valid."];
        return Page();
    }
}
