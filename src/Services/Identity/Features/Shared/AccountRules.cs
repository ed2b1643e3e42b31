using LabourWelfare.Identity.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Identity;

namespace LabourWelfare.Identity.Features.Shared;

/// <summary>What ASP.NET Core Identity refused, as the platform's field errors and rule codes (texts in Translations).</summary>
public static class AccountRules
{
    public const int MaxUserNameLength = 64;
    public const int MaxDisplayNameLength = 200;

    /// <summary>Throws the refusal: a taken username is a 409 rule, everything else a 400 on its field.</summary>
    public static void ThrowIfFailed(IdentityResult result, string passwordField, string userNameField = "username")
    {
        if (result.Succeeded) return;
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
            throw new DomainRuleException("username-taken", "The username is already taken.");
        var errors = new FieldErrors();
        foreach (var error in result.Errors)
        {
            _ = error.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordTooShort) => errors.Add(passwordField, $"must be at least {PasswordLength} characters."),
                nameof(IdentityErrorDescriber.PasswordRequiresDigit) => errors.Add(passwordField, "must contain a digit."),
                nameof(IdentityErrorDescriber.PasswordRequiresLower) => errors.Add(passwordField, "must contain a lowercase letter."),
                nameof(IdentityErrorDescriber.PasswordRequiresUpper) => errors.Add(passwordField, "must contain an uppercase letter."),
                nameof(IdentityErrorDescriber.PasswordMismatch) => errors.Add("currentPassword", "is not correct."),
                nameof(IdentityErrorDescriber.InvalidUserName) => errors.Add(userNameField, "may contain only lowercase letters, digits and - . _ @"),
                _ => errors.Add(passwordField, "is not accepted."),
            };
        }
        errors.ThrowIfAny();
    }

    public const int PasswordLength = 10;

    /// <summary>The regions' national id rule: checksum-valid for the region's country, digits normalised.</summary>
    public static string? ValidNationalId(string? nationalId, Region? region, FieldErrors errors, string field = "nationalId")
    {
        errors.Required(field, nationalId);
        if (nationalId is null || region is null) return null;
        if (NationalId.TryNormalize(nationalId, region.Country, out var normalized)) return normalized;
        errors.Add(field, "is not a valid national id for the region.");
        return null;
    }

    /// <summary>The officer of the admin's region, or 404 (another region's officers look like no officer at all).</summary>
    public static async Task<PlatformUser> FindManageableOfficerAsync(this UserManager<PlatformUser> users, CallerContext caller, string id)
    {
        var region = caller.AdminRegion();
        var user = await users.FindByIdAsync(id);
        if (user is null || user.Kind != AccountKind.Officer || !string.Equals(user.Region, region, StringComparison.Ordinal))
            throw new NotFoundException("The officer");
        return user;
    }

    /// <summary>An admin acts in the region of their token only; an admin without one acts nowhere.</summary>
    public static string AdminRegion(this CallerContext caller) =>
        caller.Region ?? throw new ForbiddenException("You can act only in your own region.");

    /// <summary>The admin's region; naming another one is refused (403), as every list of the platform does.</summary>
    public static string AdminRegionFor(this CallerContext caller, string? requested)
    {
        var own = caller.AdminRegion();
        if (requested is not null && !string.Equals(requested.Trim(), own, StringComparison.OrdinalIgnoreCase))
            throw new ForbiddenException("You can act only in your own region.");
        return own;
    }
}
