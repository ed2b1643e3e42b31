using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LabourWelfare.ServiceDefaults;

/// <summary>
/// Mints HS256 tokens with the shared Development signing key: used by the gateway's Development-only token
/// endpoint and by tests. Never available outside Development (the gateway maps its endpoint only there).
/// </summary>
public static class DevTokens
{
    public static string Create(
        AuthSettings settings,
        string subject,
        IEnumerable<string> roles,
        string? region,
        string? nationalId = null,
        TimeSpan? lifetime = null,
        DateTimeOffset? now = null,
        string? userName = null)
    {
        var key = settings.SymmetricKey ?? throw new InvalidOperationException("Auth:SigningKey is not configured.");
        var issuedAt = (now ?? DateTimeOffset.UtcNow).UtcDateTime;
        // A development token names one login, which is both its subject and its sign-in name unless told otherwise.
        var claims = new List<Claim> { new(PlatformClaims.Subject, subject), new(PlatformClaims.UserName, userName ?? subject) };
        claims.AddRange(roles.Select(role => new Claim(PlatformClaims.Role, role)));
        if (region is not null) claims.Add(new Claim(PlatformClaims.Region, region));
        if (nationalId is not null) claims.Add(new Claim(PlatformClaims.NationalId, nationalId));

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = issuedAt + (lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
