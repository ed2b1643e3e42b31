using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.IdentityModel.Tokens;
using OtpNet;

namespace LabourWelfare.TestSupport;

/// <summary>
/// Signs a person in at the platform's identity provider through the real authorization code flow with PKCE, as a
/// browser and the web application would: follows the redirects, posts the sign-in pages (password, the second-step
/// code computed from the account's TOTP secret, a new password, an authenticator enrolment), then redeems the code
/// at the token endpoint. Works against a provider on Kestrel (<see cref="CodeFlowClient(Uri, HttpMessageHandler?)"/>
/// without a handler) or in a TestServer (its handler). Used by the identity, end-to-end and browser tests.
/// </summary>
public sealed partial class CodeFlowClient : IDisposable
{
    private readonly HttpClient _browser;
    private readonly Uri _authority;

    /// <param name="authority">The provider's base URL.</param>
    /// <param name="handler">How to reach it (a TestServer's handler); a plain socket handler when null.</param>
    public CodeFlowClient(Uri authority, HttpMessageHandler? handler = null)
    {
        _authority = authority;
        Cookies = new CookieContainer();
        _browser = new HttpClient(new CookieContainerHandler(Cookies)
        {
            InnerHandler = handler ?? new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false },
        })
        { BaseAddress = authority };
    }

    /// <summary>The browser's cookies at the provider (its sign-in session).</summary>
    public CookieContainer Cookies { get; }

    /// <summary>Signs in and returns the tokens; throws <see cref="SignInStoppedException"/> at a page it cannot pass.</summary>
    public async Task<TokenSet> SignInAsync(string username, string password, ClientRegistration client, SignInOptions? options = null)
    {
        var code = await AuthorizeAsync(username, password, client, options ?? new SignInOptions());
        return await RedeemAsync(client, code.Code, code.Verifier);
    }

    /// <summary>The authorization code (and its PKCE verifier) the provider sends back to the client's redirect URI.</summary>
    public async Task<(string Code, string Verifier)> AuthorizeAsync(string username, string password, ClientRegistration client, SignInOptions options)
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        var state = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));
        var query = new Dictionary<string, string>
        {
            ["client_id"] = client.ClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = client.RedirectUri,
            ["scope"] = options.Scope,
            ["state"] = state,
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        };
        if (options.UiLocales is not null) query["ui_locales"] = options.UiLocales;
        var url = "connect/authorize?" + string.Join("&", query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

        using var first = await _browser.GetAsync(url);
        var response = await FollowAsync(first, client);
        for (var step = 0; step < 10; step++)
        {
            if (response.Location is { } location && location.StartsWith(client.RedirectUri, StringComparison.Ordinal))
            {
                var parameters = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(location).Query);
                if (parameters.TryGetValue("error", out var error))
                    throw new SignInStoppedException("redirect", $"{error}: {parameters.GetValueOrDefault("error_description")}");
                Assert(parameters["state"] == state, "the state came back changed");
                return (parameters["code"].ToString(), verifier);
            }
            var page = response.Page ?? throw new SignInStoppedException(response.Path, $"unexpected {response.Status} without a page");
            var form = Form.Parse(page);
            IDictionary<string, string> fields;
            if (page.Contains("name=\"Username\"", StringComparison.Ordinal) && page.Contains("name=\"Password\"", StringComparison.Ordinal))
            {
                if (step > 0 && ErrorOf(page) is { } error) throw new SignInStoppedException("login", error);
                fields = new Dictionary<string, string> { ["Username"] = username, ["Password"] = password };
            }
            else if (response.Path.Contains("LoginWith2fa", StringComparison.OrdinalIgnoreCase))
            {
                if (options.TotpSecret is null || ErrorOf(page) is not null)
                    throw new SignInStoppedException("second-step", ErrorOf(page) ?? "a code is asked and no TOTP secret was given");
                fields = new Dictionary<string, string> { ["Code"] = Totp(options.TotpSecret) };
            }
            else if (response.Path.Contains("ChangePassword", StringComparison.OrdinalIgnoreCase))
            {
                if (options.NewPassword is null || ErrorOf(page) is not null)
                    throw new SignInStoppedException("change-password", ErrorOf(page) ?? "a new password is asked and none was given");
                fields = new Dictionary<string, string> { ["CurrentPassword"] = password, ["NewPassword"] = options.NewPassword };
                password = options.NewPassword;
            }
            else if (response.Path.Contains("Authenticator", StringComparison.OrdinalIgnoreCase))
            {
                if (!options.EnrollAuthenticator || ErrorOf(page) is not null)
                    throw new SignInStoppedException("authenticator-enrolment", ErrorOf(page) ?? "a second step must be set up first");
                var key = SharedKeyPattern().Match(page).Groups[1].Value.Replace(" ", "").ToUpperInvariant();
                options.TotpSecret = key;
                fields = new Dictionary<string, string> { ["Code"] = Totp(key) };
            }
            else
            {
                throw new SignInStoppedException(response.Path, "a page the sign-in does not know");
            }
            fields["__RequestVerificationToken"] = form.AntiforgeryToken;
            using var posted = await _browser.PostAsync(form.Action, new FormUrlEncodedContent(fields));
            response = await FollowAsync(posted, client);
        }
        throw new SignInStoppedException(response.Path, "too many steps");
    }

    /// <summary>Redeems a code at the token endpoint with the PKCE verifier (and the secret of a confidential client).</summary>
    public async Task<TokenSet> RedeemAsync(ClientRegistration client, string code, string verifier)
    {
        using var response = await TokenRequestAsync(client, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = client.RedirectUri,
            ["code_verifier"] = verifier,
        });
        return await TokenSet.ReadAsync(response);
    }

    public async Task<TokenSet> RefreshAsync(ClientRegistration client, string refreshToken)
    {
        using var response = await RefreshRawAsync(client, refreshToken);
        return await TokenSet.ReadAsync(response);
    }

    /// <summary>The token endpoint's own answer to a refresh, for tests that expect a refusal.</summary>
    public Task<HttpResponseMessage> RefreshRawAsync(ClientRegistration client, string refreshToken) =>
        TokenRequestAsync(client, new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken });

    public Task<HttpResponseMessage> TokenRequestAsync(ClientRegistration client, IDictionary<string, string> parameters)
    {
        parameters["client_id"] = client.ClientId;
        if (client.Secret is not null) parameters["client_secret"] = client.Secret;
        return _browser.PostAsync("connect/token", new FormUrlEncodedContent(parameters));
    }

    /// <summary>The current code of an authenticator with this base32 secret.</summary>
    public static string Totp(string base32Secret) => new Totp(Base32Encoding.ToBytes(base32Secret)).ComputeTotp();

    /// <summary>Follows redirects inside the provider; stops at a page, or at a redirect to the client.</summary>
    private async Task<Step> FollowAsync(HttpResponseMessage response, ClientRegistration client)
    {
        var current = response;
        var path = response.RequestMessage?.RequestUri?.AbsolutePath ?? "";
        for (var hops = 0; hops < 10; hops++)
        {
            if (current.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther))
            {
                var body = await current.Content.ReadAsStringAsync();
                if (current.StatusCode != HttpStatusCode.OK)
                    throw new SignInStoppedException(path, $"{(int)current.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
                return new Step(path, current.StatusCode, null, body);
            }
            var location = current.Headers.Location!;
            var absolute = location.IsAbsoluteUri ? location : new Uri(_authority, location);
            if (absolute.ToString().StartsWith(client.RedirectUri, StringComparison.Ordinal))
                return new Step(path, current.StatusCode, absolute.ToString(), null);
            path = absolute.AbsolutePath;
            if (!ReferenceEquals(current, response)) current.Dispose();
            current = await _browser.GetAsync(absolute);
        }
        throw new SignInStoppedException(path, "too many redirects");
    }

    /// <summary>The message the page shows at its top (id="error"), if any.</summary>
    public static string? ErrorOf(string page) =>
        ErrorPattern().Match(page) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value.Trim()) : null;

    private static void Assert(bool condition, string what)
    {
        if (!condition) throw new SignInStoppedException("redirect", what);
    }

    public void Dispose() => _browser.Dispose();

    private sealed record Step(string Path, HttpStatusCode Status, string? Location, string? Page);

    private sealed partial record Form(string Action, string AntiforgeryToken)
    {
        public static Form Parse(string page)
        {
            var action = ActionPattern().Match(page);
            var token = TokenPattern().Match(page);
            if (!token.Success) throw new SignInStoppedException("form", "no antiforgery token on the page");
            return new Form(action.Success ? WebUtility.HtmlDecode(action.Groups[1].Value) : "", token.Groups[1].Value);
        }

        [GeneratedRegex("<form[^>]*action=\"([^\"]*)\"")]
        private static partial Regex ActionPattern();

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex TokenPattern();
    }

    [GeneratedRegex("id=\"error\">([^<]*)<")]
    private static partial Regex ErrorPattern();

    [GeneratedRegex("id=\"shared-key\">([^<]*)<")]
    private static partial Regex SharedKeyPattern();
}

/// <summary>A client of the provider: its id, its secret (confidential clients) and the redirect URI it registered.</summary>
public sealed record ClientRegistration(string ClientId, string? Secret, string RedirectUri)
{
    /// <summary>The web application at <paramref name="baseUrl"/> ({baseUrl}/signin-oidc).</summary>
    public static ClientRegistration Web(string baseUrl, string secret) => new("web", secret, baseUrl.TrimEnd('/') + "/signin-oidc");
}

public sealed class SignInOptions
{
    public string Scope { get; init; } = "openid profile roles offline_access";

    /// <summary>The base32 secret of the account's authenticator (demo admins: the README's); set after an enrolment.</summary>
    public string? TotpSecret { get; set; }

    /// <summary>The password to choose when the account's password is temporary.</summary>
    public string? NewPassword { get; init; }

    /// <summary>Set up a second step when the provider asks for one (a new admin).</summary>
    public bool EnrollAuthenticator { get; init; }

    /// <summary>OpenID Connect ui_locales (fa, ru, kk, en): the language of the sign-in pages.</summary>
    public string? UiLocales { get; init; }
}

public sealed record TokenSet(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("id_token")] string? IdToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn)
{
    public static async Task<TokenSet> ReadAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"Token endpoint answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<TokenSet>())!;
    }
}

/// <summary>The sign-in stopped at a page it could not pass: which one, and what it said.</summary>
public sealed class SignInStoppedException(string stage, string message) : Exception($"Sign-in stopped at {stage}: {message}")
{
    public string Stage { get; } = stage;
    public string Shown { get; } = message;
}
