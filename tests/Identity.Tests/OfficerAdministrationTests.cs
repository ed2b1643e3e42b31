using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LabourWelfare.Identity.Tests.Support;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Identity.Tests;

/// <summary>An admin manages the officers of their region, and only those; a disabled account loses its tokens at once.</summary>
public sealed class OfficerAdministrationTests(Provider provider) : IClassFixture<Provider>
{
    [Fact]
    public async Task An_admin_creates_an_inspector_who_replaces_the_temporary_password_and_gets_a_token_of_the_region()
    {
        var admin = await provider.SignInAdminAsync("qom");
        var username = $"insp.{Guid.NewGuid():N}"[..20];
        var (id, _) = await provider.CreateOfficerAsync(admin.AccessToken, username, [Roles.Inspector]);

        var temporaryOnly = await Assert.ThrowsAsync<SignInStoppedException>(() => provider.SignInAsync(username, "Temporary-Pass-1"));
        Assert.Equal("change-password", temporaryOnly.Stage);

        var tokens = await provider.SignInAsync(username, "Temporary-Pass-1", new SignInOptions { NewPassword = "Own-Password-2026" });
        var token = Provider.Read(tokens.AccessToken);
        Assert.Equal(id, token.Subject);
        Assert.Equal("qom", token.GetClaim("region").Value);
        Assert.Equal([Roles.Inspector], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));

        using var api = provider.Api(admin.AccessToken);
        var list = await api.GetFromJsonAsync<JsonElement>($"api/identity/officers?search={username}");
        var listed = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.False(listed.GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task Every_account_change_lands_in_the_audit_trail_by_the_admin_without_secrets()
    {
        var admin = await provider.SignInAdminAsync("fars");
        var (id, etag) = await provider.CreateOfficerAsync(admin.AccessToken, $"aud.{Guid.NewGuid():N}"[..20], [Roles.Registrar]);
        await SendAsync(admin.AccessToken, HttpMethod.Post, $"api/identity/officers/{id}/disable", etag);

        var adminId = Provider.Read(admin.AccessToken).Subject;
        Assert.Equal(1L, await provider.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_log WHERE entity_type = 'PlatformUser' AND entity_id = $1 AND action = 'created' AND changed_by = $2", id, adminId));
        Assert.True(await provider.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_log WHERE entity_type = 'PlatformUser' AND entity_id = $1 AND action = 'updated' AND new_values->>'IsDisabled' = 'true' AND changed_by = $2", id, adminId) >= 1);
        Assert.Equal(0L, await provider.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_log WHERE new_values::text LIKE '%AQAAAA%' OR old_values::text LIKE '%AQAAAA%'")); // no password hash
    }

    [Fact]
    public async Task Disabling_an_officer_stops_its_refresh_tokens_at_once_and_its_sign_in_until_enabled()
    {
        var admin = await provider.SignInAdminAsync("ardabil");
        var (id, tokens, password) = await provider.NewOfficerAsync(admin.AccessToken, Roles.AidOfficer);
        using var browser = provider.Browser();
        var etag = (await GetAsync(admin.AccessToken, id)).ETag;

        using var disabled = await SendAsync(admin.AccessToken, HttpMethod.Post, $"api/identity/officers/{id}/disable", etag);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);

        using var refresh = await browser.RefreshRawAsync(provider.WebClient, tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal("invalid_grant", (await refresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        var username = (await GetAsync(admin.AccessToken, id)).Officer.Username;
        var refused = await Assert.ThrowsAsync<SignInStoppedException>(() => provider.SignInAsync(username, password));
        Assert.Equal("login", refused.Stage);

        using var enabled = await SendAsync(admin.AccessToken, HttpMethod.Post, $"api/identity/officers/{id}/enable", disabled.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.NotNull((await provider.SignInAsync(username, password)).AccessToken);
    }

    [Fact]
    public async Task New_roles_reach_the_token_at_the_next_refresh()
    {
        var admin = await provider.SignInAdminAsync("ilam");
        var (id, tokens, _) = await provider.NewOfficerAsync(admin.AccessToken, Roles.Inspector);
        var etag = (await GetAsync(admin.AccessToken, id)).ETag;

        using var changed = await SendAsync(admin.AccessToken, HttpMethod.Put, $"api/identity/officers/{id}/roles", etag,
            new { roles = new[] { Roles.Inspector, Roles.Supervisor } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        using var browser = provider.Browser();
        var refreshed = Provider.Read((await browser.RefreshAsync(provider.WebClient, tokens.RefreshToken!)).AccessToken);
        Assert.Equal([Roles.Inspector, Roles.Supervisor], refreshed.Claims.Where(c => c.Type == "role").Select(c => c.Value).Order());
    }

    [Fact]
    public async Task An_admin_of_one_region_cannot_manage_another_regions_officers()
    {
        var qomAdmin = await provider.SignInAdminAsync("qom");
        var (qomOfficer, etag) = await provider.CreateOfficerAsync(qomAdmin.AccessToken, $"qo.{Guid.NewGuid():N}"[..20], [Roles.Mediator]);
        var farsAdmin = await provider.SignInAdminAsync("fars");
        using var fars = provider.Api(farsAdmin.AccessToken);

        Assert.Equal(HttpStatusCode.NotFound, (await fars.GetAsync($"api/identity/officers/{qomOfficer}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(farsAdmin.AccessToken, HttpMethod.Post, $"api/identity/officers/{qomOfficer}/disable", etag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(farsAdmin.AccessToken, HttpMethod.Put, $"api/identity/officers/{qomOfficer}/roles", etag,
            new { roles = new[] { Roles.Admin } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fars.GetAsync("api/identity/officers?region=qom")).StatusCode);
        using var create = await fars.PostAsJsonAsync("api/identity/officers",
            new { username = $"x.{Guid.NewGuid():N}"[..20], displayName = "X", roles = new[] { Roles.Inspector }, temporaryPassword = "Temporary-Pass-1", region = "qom" });
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);

        // Nothing changed in qom, and fars' list does not show it.
        var officer = (await GetAsync(qomAdmin.AccessToken, qomOfficer)).Officer;
        Assert.False(officer.Disabled);
        var farsList = await fars.GetFromJsonAsync<JsonElement>("api/identity/officers?pageSize=100");
        Assert.DoesNotContain(qomOfficer, farsList.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Only_admins_call_the_admin_API()
    {
        var inspector = await provider.SignInAsync("inspector.qom");
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Api(inspector.AccessToken).GetAsync("api/identity/officers")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await provider.Api().GetAsync("api/identity/officers")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await provider.Api(TestTokens.For(Roles.Admin, "qom")).GetAsync("api/identity/officers")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_in_the_callers_language()
    {
        var admin = await provider.SignInAdminAsync("almaty");
        using var api = provider.Api(admin.AccessToken);
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fa");
        using var response = await api.PostAsJsonAsync("api/identity/officers",
            new { username = "", displayName = "Someone", roles = new[] { "citizen" }, temporaryPassword = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.Equal("الزامی است.", errors.GetProperty("username")[0].GetString());
        Assert.StartsWith("باید از میان این‌ها باشد", errors.GetProperty("roles")[0].GetString());

        using var weak = await api.PostAsJsonAsync("api/identity/officers",
            new { username = $"w.{Guid.NewGuid():N}"[..20], displayName = "W", roles = new[] { Roles.Inspector }, temporaryPassword = "short" });
        var weakErrors = (await weak.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("temporaryPassword");
        Assert.Contains("باید دست‌کم 10 نویسه باشد.", weakErrors.EnumerateArray().Select(e => e.GetString()));
    }

    private async Task<(OfficerDto Officer, string ETag)> GetAsync(string adminToken, string id)
    {
        using var response = await provider.Api(adminToken).GetAsync($"api/identity/officers/{id}");
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<OfficerDto>())!, response.Headers.ETag!.Tag);
    }

    private Task<HttpResponseMessage> SendAsync(string token, HttpMethod method, string url, string etag, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return provider.Api(token).SendAsync(request);
    }
}
