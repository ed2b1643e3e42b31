using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabourWelfare.Identity.Tests.Support;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Identity.Tests;

/// <summary>The sign-in pages: what a wrong password says, lockout, the second step, languages, protocol errors.</summary>
public sealed class SignInPageTests(Provider provider) : IClassFixture<Provider>
{
    private const string Generic = "The username or password is not correct, or the account is locked for a while.";

    [Fact]
    public async Task A_wrong_password_and_an_unknown_username_get_the_same_answer()
    {
        var wrongPassword = await Assert.ThrowsAsync<SignInStoppedException>(() => provider.SignInAsync("inspector.fars", "Wrong-Password-1"));
        var unknownUser = await Assert.ThrowsAsync<SignInStoppedException>(() => provider.SignInAsync("nobody.fars", "Wrong-Password-1"));

        Assert.Equal("login", wrongPassword.Stage);
        Assert.Equal(Generic, wrongPassword.Shown);
        Assert.Equal(wrongPassword.Shown, unknownUser.Shown);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_and_the_right_password_then_gets_the_same_answer()
    {
        var admin = await provider.SignInAdminAsync("fars");
        var username = $"lock.{Guid.NewGuid():N}"[..20];
        await provider.CreateOfficerAsync(admin.AccessToken, username, ["inspector"], "Temporary-Pass-1");

        for (var i = 0; i < 5; i++)
            await Assert.ThrowsAsync<SignInStoppedException>(() => provider.SignInAsync(username, "Wrong-Password-1"));
        var locked = await Assert.ThrowsAsync<SignInStoppedException>(() => provider.SignInAsync(username, "Temporary-Pass-1"));
        Assert.Equal("login", locked.Stage);
        Assert.Equal(Generic, locked.Shown);
    }

    [Fact]
    public async Task An_admin_must_pass_the_second_step()
    {
        var withoutCode = await Assert.ThrowsAsync<SignInStoppedException>(() => provider.SignInAsync("admin.qom"));
        Assert.Equal("second-step", withoutCode.Stage);

        var wrongSecret = await Assert.ThrowsAsync<SignInStoppedException>(() => provider.SignInAsync("admin.qom",
            options: new SignInOptions { TotpSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" }));
        Assert.Equal("second-step", wrongSecret.Stage);

        var tokens = await provider.SignInAdminAsync("qom");
        Assert.Contains(Provider.Read(tokens.AccessToken).Claims, c => c.Type == "role" && c.Value == "admin");
    }

    [Fact]
    public async Task A_new_admin_sets_up_an_authenticator_before_any_token_is_issued()
    {
        var admin = await provider.SignInAdminAsync("ilam");
        var username = $"admin2.{Guid.NewGuid():N}"[..20];
        await provider.CreateOfficerAsync(admin.AccessToken, username, ["admin"]);

        var refused = await Assert.ThrowsAsync<SignInStoppedException>(() => provider.SignInAsync(username, "Temporary-Pass-1",
            new SignInOptions { NewPassword = "Own-Password-2026" }));
        Assert.Equal("authenticator-enrolment", refused.Stage);

        var options = new SignInOptions { EnrollAuthenticator = true };
        var tokens = await provider.SignInAsync(username, "Own-Password-2026", options);
        Assert.Contains(Provider.Read(tokens.AccessToken).Claims, c => c.Type == "role" && c.Value == "admin");

        // From now on the second step is asked at every sign-in.
        var again = await Assert.ThrowsAsync<SignInStoppedException>(() => provider.SignInAsync(username, "Own-Password-2026"));
        Assert.Equal("second-step", again.Stage);
    }

    [Theory]
    [InlineData("?culture=fa", "fa", "rtl", "ورود")]
    [InlineData("?culture=ru", "ru", "ltr", "Вход")]
    [InlineData("?culture=kk", "kk", "ltr", "Кіру")]
    [InlineData("", "en", "ltr", "Sign in")]
    public async Task The_sign_in_page_speaks_the_chosen_language(string query, string language, string direction, string title)
    {
        using var api = provider.Api();
        var page = await api.GetStringAsync("Account/Login" + query);
        Assert.Contains($"<html lang=\"{language}\" dir=\"{direction}\">", page);
        Assert.Contains($"<h1>{title}</h1>", page);
    }

    [Fact]
    public async Task Accept_Language_and_the_requests_ui_locales_choose_the_language_and_Persian_pages_use_Persian_digits()
    {
        using var api = provider.Api();
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru-KZ, en;q=0.5");
        var russian = await api.GetStringAsync("Account/Login");
        Assert.Contains("<html lang=\"ru\"", russian);

        using var plain = provider.Api();
        var returnUrl = Uri.EscapeDataString("/connect/authorize?client_id=web&ui_locales=fa");
        var persian = await plain.GetStringAsync($"Account/Register?ReturnUrl={returnUrl}");
        Assert.Contains("dir=\"rtl\"", persian);
        Assert.Contains("۱۰", persian); // "at least 10 characters" in Persian digits
    }

    [Theory]
    [InlineData("connect/authorize")]
    [InlineData("connect/authorize?client_id=unknown&response_type=code&redirect_uri=https%3A%2F%2Fweb.labourwelfare.test%2Fsignin-oidc")]
    [InlineData("connect/authorize?client_id=web&response_type=code&redirect_uri=https%3A%2F%2Fattacker.example%2Fcb")]
    [InlineData("connect/authorize?client_id=web&response_type=code&redirect_uri=not-a-uri")]
    [InlineData("connect/authorize?client_id=web&response_type=code&redirect_uri=https%3A%2F%2Fweb.labourwelfare.test%2Fsignin-oidc&scope=openid&prompt=none&max_age=abc")]
    [InlineData("connect/authorize?client_id=%00%01&response_type=%E2%80%AE")]
    public async Task A_malformed_authorization_request_gets_the_OpenID_Connect_error_not_a_500(string url)
    {
        using var api = provider.Api();
        using var response = await api.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("invalid_", problem.GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_web_client_must_use_PKCE()
    {
        using var api = provider.Api();
        using var response = await api.GetAsync(
            "connect/authorize?client_id=web&response_type=code&scope=openid&redirect_uri=https%3A%2F%2Fweb.labourwelfare.test%2Fsignin-oidc");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_request", problem.GetProperty("error").GetString());
        Assert.Contains("code_challenge", problem.GetProperty("error_description").GetString());
    }
}
