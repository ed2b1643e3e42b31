using System.Text.Json;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LabourWelfare.Security.Tests.Infrastructure;

/// <summary>Tokens that must be refused, each wrong in exactly one way, next to a good one.</summary>
public static class ForgedTokens
{
    public const string Role = Roles.Inspector;
    public const string Region = "fars";

    public static string Valid() => TestTokens.For(Role, Region);

    /// <summary>Expired <paramref name="ago"/> before now (lifetime ten minutes).</summary>
    public static string ExpiredAgo(TimeSpan ago)
    {
        var lifetime = TimeSpan.FromMinutes(10);
        return DevTokens.Create(TestTokens.Settings, "expired-user", [Role], Region, lifetime: lifetime,
            now: DateTimeOffset.UtcNow - lifetime - ago);
    }

    /// <summary>Valid only from five minutes from now.</summary>
    public static string NotYetValid() =>
        DevTokens.Create(TestTokens.Settings, "early-user", [Role], Region, now: DateTimeOffset.UtcNow.AddMinutes(5));

    public static string WrongAudience() => With(s => s.Audience = "some-other-api");

    public static string WrongIssuer() => With(s => s.Issuer = "https://attacker.example");

    public static string WrongSigningKey() => With(s => s.SigningKey = "an-attackers-own-signing-key-0123456789-abcdef");

    /// <summary>"alg": "none" with an empty signature and otherwise perfect claims.</summary>
    public static string AlgNone()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new { alg = "none", typ = "JWT" }));
        var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = TestTokens.Issuer, ["aud"] = TestTokens.Audience, ["sub"] = "unsigned-user",
            ["role"] = Roles.Admin, ["iat"] = now, ["nbf"] = now, ["exp"] = now + 600,
        }));
        return $"{header}.{payload}.";
    }

    /// <summary>A good token whose payload was changed afterwards (the signature no longer matches).</summary>
    public static string Tampered()
    {
        var parts = Valid().Split('.');
        var claims = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlEncoder.Decode(parts[1]))!;
        var changed = claims.ToDictionary(c => c.Key, c => (object)c.Value);
        changed["role"] = Roles.Admin;
        return $"{parts[0]}.{Base64UrlEncoder.Encode(JsonSerializer.Serialize(changed))}.{parts[2]}";
    }

    /// <summary>Correctly signed, but never expires.</summary>
    public static string WithoutExpiry() =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TestTokens.Issuer,
            Audience = TestTokens.Audience,
            Claims = new Dictionary<string, object> { ["sub"] = "forever-user", ["role"] = Role },
            SigningCredentials = new SigningCredentials(TestTokens.Settings.SymmetricKey, SecurityAlgorithms.HmacSha256),
        });

    private static string With(Action<AuthSettings> change)
    {
        var settings = new AuthSettings { Issuer = TestTokens.Issuer, Audience = TestTokens.Audience, SigningKey = TestTokens.SigningKey };
        change(settings);
        return DevTokens.Create(settings, "forged-user", [Role], Region);
    }

    /// <summary>Every refused token, by name (for theories).</summary>
    public static TheoryData<string> RefusedNames => new(Refused.Keys);

    public static readonly IReadOnlyDictionary<string, Func<string?>> Refused = new Dictionary<string, Func<string?>>
    {
        ["missing"] = () => null,
        ["garbage"] = () => "not-a-token",
        ["alg-none"] = AlgNone,
        ["expired-60s-ago"] = () => ExpiredAgo(TimeSpan.FromSeconds(60)),
        ["not-yet-valid"] = NotYetValid,
        ["wrong-audience"] = WrongAudience,
        ["wrong-issuer"] = WrongIssuer,
        ["wrong-signing-key"] = WrongSigningKey,
        ["tampered-payload"] = Tampered,
        ["without-expiry"] = WithoutExpiry,
    };

    /// <summary>Accepted: a fresh token, and one that expired 10 s ago (inside the 30 s clock skew).</summary>
    public static readonly IReadOnlyDictionary<string, Func<string>> Accepted = new Dictionary<string, Func<string>>
    {
        ["valid"] = Valid,
        ["expired-10s-ago"] = () => ExpiredAgo(TimeSpan.FromSeconds(10)),
    };

    public static TheoryData<string> AcceptedNames => new(Accepted.Keys);
}
