using System.ComponentModel.DataAnnotations;
using LabourWelfare.Identity.Domain;
using LabourWelfare.Identity.Features.Shared;
using LabourWelfare.Identity.Localization;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LabourWelfare.Identity.Pages.Account;

/// <summary>
/// Username and password. Every failure — unknown user, wrong password, locked or disabled account — shows the
/// same message and costs the same password hash, so the page never tells whether an account exists. Five failures
/// lock the account for 15 minutes. Accounts with a second step continue to LoginWith2fa.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(
    SignInManager<PlatformUser> signIn, UserManager<PlatformUser> users, IPasswordHasher<PlatformUser> hasher,
    PageText text, IOptions<ProblemTranslations> translations) : AccountPage(text, translations)
{
    /// <summary>A hash to verify against when there is no account, so unknown usernames take as long as known ones.</summary>
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<PlatformUser>().HashPassword(new PlatformUser(), Guid.NewGuid().ToString()));

    [BindProperty, Required]
    public string? Username { get; set; }

    [BindProperty, Required]
    public string? Password { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Username) || string.IsNullOrEmpty(Password))
        {
            Error = T["Enter your username and password."];
            return Page();
        }
        var user = await users.FindByNameAsync(SignInName.Normalize(Username));
        if (user is null || user.IsDisabled)
        {
            hasher.VerifyHashedPassword(user ?? new PlatformUser(), DecoyHash.Value, Password);
            return Failed();
        }

        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return BackToReturnUrl();
        if (result.RequiresTwoFactor) return RedirectToPage("./LoginWith2fa", new { ReturnUrl });
        if (result.IsLockedOut) hasher.VerifyHashedPassword(user, DecoyHash.Value, Password); // as slow as a wrong password
        return Failed();
    }

    private IActionResult Failed()
    {
        Error = T["The username or password is not correct, or the account is locked for a while."];
        Password = null;
        return Page();
    }
}
