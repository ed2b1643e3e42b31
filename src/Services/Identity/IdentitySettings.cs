namespace LabourWelfare.Identity;

/// <summary>The provider's settings (section "Identity"); the token audience is the platform's Auth:Audience.</summary>
public sealed class IdentitySettings
{
    /// <summary>The provider's public base URL, the "iss" of its tokens; unset: the URL of each request.</summary>
    public string? Issuer { get; set; }

    /// <summary>Plain HTTP is refused outside Development and Testing unless this is false (TLS ends at a proxy).</summary>
    public bool? RequireHttps { get; set; }

    public TokenSettings Tokens { get; set; } = new();

    public ClientSettings Clients { get; set; } = new();

    /// <summary>Demo accounts for every role in every region; on by default in Development only.</summary>
    public bool? SeedDemoAccounts { get; set; }

    /// <summary>The one password of the demo accounts (README).</summary>
    public string DemoPassword { get; set; } = "Welfare-Demo-2026";

    /// <summary>The TOTP secret (base32) of the demo admins, so a person or a test can compute their codes (README).</summary>
    public string DemoAdminTotpSecret { get; set; } = "LWDEMOADMINTOTPSECRETLWDEMOADMIN";
}

public sealed class TokenSettings
{
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan IdentityTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How long a refresh token already exchanged may be sent again (two tabs refreshing at once). Zero: never —
    /// a second use is taken as theft and revokes the whole chain of that sign-in.
    /// </summary>
    public TimeSpan RefreshTokenReuseLeeway { get; set; } = TimeSpan.Zero;

    /// <summary>How long the sign-in cookie of the provider's own pages lasts (single sign-on between clients).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}

public sealed class ClientSettings
{
    public WebClientSettings Web { get; set; } = new();
    public MobileClientSettings Mobile { get; set; } = new();

    /// <summary>Partner agencies calling APIs with client credentials: client id → secret and name.</summary>
    public Dictionary<string, PartnerClientSettings> Partners { get; set; } = new(StringComparer.Ordinal);
}

public sealed class WebClientSettings
{
    public const string ClientId = "web";

    /// <summary>Where the web application runs: {BaseUrl}/signin-oidc, {BaseUrl}/signout-callback-oidc.</summary>
    public string? BaseUrl { get; set; }

    public string? Secret { get; set; }
}

public sealed class MobileClientSettings
{
    public const string ClientId = "mobile";

    public List<string> RedirectUris { get; set; } = [];
    public List<string> PostLogoutRedirectUris { get; set; } = [];
}

public sealed class PartnerClientSettings
{
    public string? Secret { get; set; }
    public string? DisplayName { get; set; }
}
