using LabourWelfare.Identity.Data;
using LabourWelfare.Identity.Domain;
using LabourWelfare.Identity.Features.Citizens;
using LabourWelfare.Identity.Localization;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LabourWelfare.Identity.Pages.Account;

/// <summary>A citizen's own registration (the same code as POST /api/identity/citizens), then signed in.</summary>
[AllowAnonymous]
public sealed class RegisterModel(
    UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, AccountsDbContext db, RegionCatalog regions, TimeProvider clock,
    PageText text, IOptions<ProblemTranslations> translations) : AccountPage(text, translations)
{
    [BindProperty] public string? Username { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Region { get; set; }
    [BindProperty] public string? NationalId { get; set; }
    [BindProperty] public string? Password { get; set; }

    public IReadOnlyList<string> Regions => [.. regions.All.Select(r => r.Code).Order(StringComparer.Ordinal)];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        PlatformUser user;
        try
        {
            user = await RegisterCitizen.RegisterAsync(
                new RegisterCitizen.Request(Username, DisplayName, Region, NationalId, Password), users, db, regions, clock, cancellationToken);
        }
        catch (ValidationException validation)
        {
            Show(validation);
            return Page();
        }
        catch (Exception ex) when (ex is DomainRuleException or DbUpdateException)
        {
            // A taken username or national id (409 in the API).
            Error = Translate(ex is DomainRuleException rule ? rule.Message : "The record already exists.");
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        return BackToReturnUrl();
    }
}
