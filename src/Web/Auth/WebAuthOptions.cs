namespace LabourWelfare.Web.Auth;

/// <summary>
/// Sign-in settings (section "Auth"). With <see cref="Authority"/> set, people sign in at the platform's OpenID Connect
/// provider (code flow + PKCE, confidential client). Without it, in Development only, a sign-in page asks the gateway's
/// <c>POST /dev/token</c> for a token of one of <see cref="DevAccounts"/>.
/// </summary>
public sealed class WebAuthOptions
{
    public const string Section = "Auth";

    public string? Authority { get; set; }

    public string ClientId { get; set; } = "web";

    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for; add the API scope here when the provider requires one for the gateway's audience.</summary>
    public List<string> Scopes { get; set; } = ["openid", "profile", "offline_access", "roles"];

    /// <summary>Refresh the access token this long before it expires.</summary>
    public TimeSpan RefreshBefore { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Development accounts offered by the development sign-in page (mirroring the provider's seeded accounts).</summary>
    public List<DevAccount> DevAccounts { get; set; } = [];

    public bool UsesOpenIdConnect => !string.IsNullOrWhiteSpace(Authority);
}

/// <param name="Subject">Login name, also the token's <c>sub</c> (a mediator's roster entry names it).</param>
public sealed record DevAccount(string Subject, string[] Roles, string Region, string? NationalId = null);
