using System.Collections.Immutable;
using System.Security.Claims;
using LabourWelfare.Identity.Domain;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LabourWelfare.Identity.Features.Connect;

/// <summary>
/// What a token says about its holder, built from the account as it is now (so a refresh picks up new roles):
/// access tokens carry exactly what the services read — sub, preferred_username (the sign-in name, which services record
/// as who acted), role (one claim each), region, national_id (citizens) — for the platform's audience; identity
/// tokens add the display name for the frontend.
/// </summary>
public static class TokenPrincipal
{
    public static async Task<ClaimsPrincipal> ForUserAsync(
        PlatformUser user, UserManager<PlatformUser> users, IEnumerable<string> scopes, string audience)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, user.Id);
        identity.SetClaim(Claims.PreferredUsername, user.UserName);
        identity.SetClaim(Claims.Name, user.DisplayName);
        identity.SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        if (user.Region is not null) identity.SetClaim(PlatformClaims.Region, user.Region);
        if (user.Kind == AccountKind.Citizen && user.NationalId is not null) identity.SetClaim(PlatformClaims.NationalId, user.NationalId);
        return Finish(identity, scopes, audience);
    }

    /// <summary>A partner agency's machine: role partner, no region, so no service shows it any region's records.</summary>
    public static ClaimsPrincipal ForPartner(string clientId, string? displayName, IEnumerable<string> scopes, string audience)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetClaim(Claims.Name, displayName ?? clientId);
        identity.SetClaims(Claims.Role, [Roles.Partner]);
        return Finish(identity, scopes, audience);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes, string audience)
    {
        identity.SetScopes(scopes.ToImmutableArray());
        identity.SetResources(audience);
        identity.SetDestinations(Destinations);
        return new ClaimsPrincipal(identity);
    }

    private static IEnumerable<string> Destinations(Claim claim) => claim.Type switch
    {
        Claims.Subject or Claims.PreferredUsername or Claims.Role or PlatformClaims.Region =>
            [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        PlatformClaims.NationalId => [OpenIddictConstants.Destinations.AccessToken],
        Claims.Name => [OpenIddictConstants.Destinations.IdentityToken],
        _ => [],
    };
}
