using System.Reflection;
using System.Security.Claims;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http;

namespace LabourWelfare.ServiceDefaults;

/// <summary>
/// Who is calling, from the validated token: subject, roles, region and (for citizens) national id. Handlers take it
/// as a parameter and use it for region scoping and ownership; records outside the caller's reach answer 404.
/// </summary>
public sealed class CallerContext
{
    public CallerContext(ClaimsPrincipal user)
    {
        Subject = user.FindFirstValue(PlatformClaims.Subject) ?? string.Empty;
        Actor = ActorOf(user);
        Roles = user.FindAll(PlatformClaims.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        Region = user.FindFirstValue(PlatformClaims.Region)?.ToLowerInvariant();
        NationalId = user.FindFirstValue(PlatformClaims.NationalId) is { } id ? DigitNormalizer.NormalizeDigits(id) : null;
    }

    /// <summary>The token's subject: the account id for a person, the client id for a partner's machine.</summary>
    public string Subject { get; }

    /// <summary>
    /// Who acts, as records keep it and people read it: a person's sign-in name (what a supervisor types to name an
    /// inspector or a mediator, what "recorded by" shows), else the subject (a partner's machine has no sign-in name).
    /// Never the account id of a person, which nobody in the office knows. Audit fields, assignments and four-eyes
    /// checks use this.
    /// </summary>
    public string Actor { get; }

    /// <summary>The <see cref="Actor"/> of a signed-in principal (the web app asks it of its own session too).</summary>
    public static string ActorOf(ClaimsPrincipal user) =>
        user.FindFirstValue(PlatformClaims.UserName) ?? user.FindFirstValue(PlatformClaims.Subject) ?? string.Empty;

    public IReadOnlySet<string> Roles { get; }
    public string? Region { get; }
    public string? NationalId { get; }

    public bool IsAdmin => Roles.Contains(ServiceDefaults.Roles.Admin);
    public bool IsCitizenOnly => Roles.Count > 0 && Roles.All(r => r == ServiceDefaults.Roles.Citizen);

    public bool HasRole(params string[] roles) => roles.Any(Roles.Contains);

    /// <summary>Admins reach every region; everyone else only the region in their token.</summary>
    public bool CanAccessRegion(string region) =>
        IsAdmin || (Region is not null && string.Equals(Region, region, StringComparison.OrdinalIgnoreCase));

    /// <summary>An officer (any of <paramref name="roles"/>) of this region, or an admin.</summary>
    public bool IsOfficerOf(string region, params string[] roles) =>
        IsAdmin || (HasRole(roles) && CanAccessRegion(region));

    /// <summary>The citizen whose national id this is.</summary>
    public bool Owns(string? nationalId) =>
        NationalId is not null && nationalId is not null && string.Equals(NationalId, nationalId, StringComparison.Ordinal);

    /// <summary>
    /// May see a person's full personal data (national id, case details): the person themselves, an officer of the
    /// record's region, or an admin. Partners and officers of other regions may not.
    /// </summary>
    public bool MaySeePersonalDataOf(string region, string? ownerNationalId) =>
        Owns(ownerNationalId) || IsOfficerOf(region, [.. ServiceDefaults.Roles.Officers]);

    /// <summary>The national id as this caller may see it: whole, or masked (NationalId.Mask) for everyone else.</summary>
    public string ShowNationalId(string? nationalId, string region) =>
        MaySeePersonalDataOf(region, nationalId) ? nationalId ?? string.Empty : SharedKernel.NationalId.Mask(nationalId);

    /// <summary>
    /// The region a list or report covers: an admin's named one, or every region (null); anyone else their own, and
    /// naming another region is refused (403), so nobody takes their own figures for another's.
    /// </summary>
    public string? ListRegion(string? requested) =>
        IsAdmin ? requested?.ToLowerInvariant() : requested is null ? Region : RequireRegionFor(requested);

    /// <summary>The region an officer writes in: their own (admins must name one).</summary>
    public string RequireRegionFor(string? requestedRegion)
    {
        if (requestedRegion is not null && CanAccessRegion(requestedRegion)) return requestedRegion.ToLowerInvariant();
        if (requestedRegion is null && Region is not null) return Region;
        throw new ForbiddenException("You can act only in your own region.");
    }

    /// <summary>Lets minimal API handlers take a CallerContext parameter.</summary>
    public static ValueTask<CallerContext?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<CallerContext?>(new CallerContext(context.User));
}

/// <summary>The caller is known but may not do this here (403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
