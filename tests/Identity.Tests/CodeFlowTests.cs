using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabourWelfare.Identity.Features.Seeding;
using LabourWelfare.Identity.Tests.Support;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LabourWelfare.Identity.Tests;

/// <summary>The authorization code flow with PKCE end to end, the tokens it gives, refresh rotation and reuse detection.</summary>
public sealed class CodeFlowTests(Provider provider) : IClassFixture<Provider>
{
    /// <summary>Claims of the protocol itself; everything else in an access token is what the services read.</summary>
    private static readonly HashSet<string> ProtocolClaims = ["iss", "aud", "exp", "iat", "nbf", "jti", "client_id", "scope", "oi_prst", "oi_tkn_id", "oi_au_id"];

    [Fact]
    public async Task An_officer_signs_in_with_PKCE_and_gets_a_short_lived_signed_token_with_exactly_the_claims_services_read()
    {
        var tokens = await provider.SignInAsync("inspector.almaty");

        var access = Provider.Read(tokens.AccessToken);
        Assert.Equal("RS256", access.Alg);
        Assert.Equal(provider.Issuer, access.Issuer);
        Assert.Equal([TestTokens.Audience], access.Audiences);
        Assert.Equal(TimeSpan.FromMinutes(5), access.ValidTo - access.IssuedAt);
        Assert.Equal([Roles.Inspector], access.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.Equal("almaty", access.GetClaim("region").Value);
        Assert.Equal(["preferred_username", "region", "role", "sub"], access.Claims.Select(c => c.Type).Where(t => !ProtocolClaims.Contains(t)).Distinct().Order());
        Assert.Equal("inspector.almaty", access.GetClaim("preferred_username").Value); // the sign-in name (Mediation's roster links to it)
        Assert.NotEqual("inspector.almaty", access.Subject); // sub stays the account id
        Assert.NotNull(tokens.RefreshToken);
        Assert.NotNull(tokens.IdToken);

        // Signed with a key the provider publishes.
        using var api = provider.Api();
        var jwks = await api.GetFromJsonAsync<JsonElement>(".well-known/jwks");
        Assert.Contains(access.Kid, jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()));
    }

    [Fact]
    public async Task A_citizen_token_carries_the_national_id_and_an_officer_token_none()
    {
        var citizen = Provider.Read((await provider.SignInAsync("citizen.almaty")).AccessToken);
        var nationalId = citizen.GetClaim("national_id").Value;
        Assert.True(NationalId.IsValidKazakhIin(nationalId));
        Assert.Equal("900101354610", nationalId); // as the provider's README lists it
        Assert.Equal([Roles.Citizen], citizen.Claims.Where(c => c.Type == "role").Select(c => c.Value));

        var officer = Provider.Read((await provider.SignInAsync("aid-officer.fars")).AccessToken);
        Assert.False(officer.TryGetClaim("national_id", out _));
    }

    [Fact]
    public async Task The_mobile_client_is_public_and_uses_PKCE_without_a_secret()
    {
        using var browser = provider.Browser();
        var tokens = await browser.SignInAsync("mediator.qom", IdentityProviderFactory<Program>.DemoPassword, provider.MobileClient);
        Assert.Equal("qom", Provider.Read(tokens.AccessToken).GetClaim("region").Value);
    }

    [Fact]
    public async Task A_code_is_redeemed_only_with_its_PKCE_verifier_and_only_once()
    {
        using var browser = provider.Browser();
        var (code, verifier) = await browser.AuthorizeAsync("registrar.ilam", IdentityProviderFactory<Program>.DemoPassword, provider.WebClient, new SignInOptions());

        var wrongVerifier = await browser.TokenRequestAsync(provider.WebClient, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = provider.WebClient.RedirectUri,
            ["code_verifier"] = verifier + "x",
        });
        Assert.Equal(HttpStatusCode.BadRequest, wrongVerifier.StatusCode);
        Assert.Equal("invalid_grant", (await wrongVerifier.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Refresh_rotates_the_token_and_a_reused_one_revokes_the_whole_chain()
    {
        using var browser = provider.Browser();
        var first = await browser.SignInAsync("supervisor.ardabil", IdentityProviderFactory<Program>.DemoPassword, provider.WebClient);

        var second = await browser.RefreshAsync(provider.WebClient, first.RefreshToken!);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal("ardabil", Provider.Read(second.AccessToken).GetClaim("region").Value);

        // The first refresh token again: theft is assumed, the sign-in's chain is revoked.
        using var reused = await browser.RefreshRawAsync(provider.WebClient, first.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal("invalid_grant", (await reused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());

        using var rotated = await browser.RefreshRawAsync(provider.WebClient, second.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, rotated.StatusCode);
    }

    [Fact]
    public async Task A_partner_gets_a_client_credentials_token_with_role_partner_and_no_region()
    {
        var token = Provider.Read((await provider.PartnerTokenAsync()).AccessToken);
        Assert.Equal(IdentityProviderFactory<Program>.PartnerId, token.Subject);
        Assert.Equal([Roles.Partner], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.False(token.TryGetClaim("region", out _));
    }

    [Fact]
    public void Demo_citizens_have_checksum_valid_national_ids_in_every_region()
    {
        foreach (var region in new RegionCatalog([
                     new Region("fars", "IR", "IRR", "fa-IR", [], RegionCalendar.SolarHijri, 7, null),
                     new Region("almaty", "KZ", "KZT", "ru-KZ", [], RegionCalendar.Gregorian, 5, null)]).All)
            Assert.True(NationalId.TryNormalize(DemoAccounts.NationalIdFor(region), region.Country, out _));
    }
}
