using LabourWelfare.Identity.Domain;
using LabourWelfare.Identity.Localization;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LabourWelfare.Identity.Pages.Account;

/// <summary>
/// Turns on the second step for the signed-in account: shows a new authenticator key (and its otpauth: URI for a QR
/// code) and enables it once a code from it is entered. Admins are sent here before any token is issued to them.
/// </summary>
public sealed class AuthenticatorModel(UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, PageText text, IOptions<ProblemTranslations> translations)
    : AccountPage(text, translations)
{
    public string SharedKey { get; private set; } = string.Empty;
    public string AuthenticatorUri { get; private set; } = string.Empty;

    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (user.TwoFactorEnabled) return BackToReturnUrl();
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var code = DigitNormalizer.NormalizeDigits(Code ?? string.Empty).Replace(" ", "").Replace("-", "");
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Error = T["The code is not valid."];
            await LoadKeyAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        return BackToReturnUrl();
    }

    private async Task LoadKeyAsync(PlatformUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var issuer = Uri.EscapeDataString(ProviderRegistration.ProviderName);
        AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer={issuer}&digits={LoginWith2faModel.CodeLength}";
    }
}
