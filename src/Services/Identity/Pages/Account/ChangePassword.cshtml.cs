using LabourWelfare.Identity.Domain;
using LabourWelfare.Identity.Features.Shared;
using LabourWelfare.Identity.Localization;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LabourWelfare.Identity.Pages.Account;

/// <summary>The signed-in account picks a new password; required after a temporary one before any token is issued.</summary>
public sealed class ChangePasswordModel(UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, PageText text, IOptions<ProblemTranslations> translations)
    : AccountPage(text, translations)
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public bool Temporary { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Temporary = user.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Temporary = user.MustChangePassword;
        try
        {
            var errors = new FieldErrors().Required("currentPassword", CurrentPassword).Required("newPassword", NewPassword);
            errors.ThrowIfAny();
            AccountRules.ThrowIfFailed(await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!), "newPassword");
        }
        catch (ValidationException validation)
        {
            Show(validation);
            return Page();
        }
        if (user.MustChangePassword)
        {
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }
        await signIn.RefreshSignInAsync(user);
        return BackToReturnUrl();
    }
}
