using LabourWelfare.ServiceDefaults;

namespace LabourWelfare.TestSupport;

/// <summary>Tests mint their own tokens with the test signing key that <see cref="ServiceFactory{TProgram}"/> configures.</summary>
public static class TestTokens
{
    public const string SigningKey = "test-signing-key-for-labourwelfare-tests-0123456789";
    public const string Issuer = "labourwelfare-test";
    public const string Audience = "labourwelfare";

    public static AuthSettings Settings { get; } = new() { Issuer = Issuer, Audience = Audience, SigningKey = SigningKey };

    public static string For(string role, string? region, string? subject = null, string? nationalId = null) =>
        DevTokens.Create(Settings, subject ?? $"{role}-{Guid.NewGuid():N}", [role], region, nationalId);

    /// <summary>
    /// A token as the identity provider issues it: the subject is the account id, the sign-in name a claim of its own.
    /// </summary>
    public static string ForAccount(string role, string? region, string accountId, string userName) =>
        DevTokens.Create(Settings, accountId, [role], region, userName: userName);

    public static string ForRoles(IEnumerable<string> roles, string? region, string? subject = null, string? nationalId = null) =>
        DevTokens.Create(Settings, subject ?? $"user-{Guid.NewGuid():N}", roles, region, nationalId);

    /// <summary>Settings every service under test must use (Auth section).</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Configuration() =>
    [
        new("Auth:Issuer", Issuer),
        new("Auth:Audience", Audience),
        new("Auth:SigningKey", SigningKey),
    ];
}
