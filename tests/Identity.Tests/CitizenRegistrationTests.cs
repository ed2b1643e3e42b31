using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabourWelfare.Identity.Tests.Support;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Identity.Tests;

/// <summary>Citizens register themselves with a checksum-valid national id, once, and sign in with it in their tokens.</summary>
public sealed class CitizenRegistrationTests(Provider provider) : IClassFixture<Provider>
{
    [Fact]
    public async Task A_citizen_registers_with_a_valid_national_id_and_signs_in_with_it_in_the_token()
    {
        var nationalId = NationalIds.NewIranian();
        var username = $"c.{Guid.NewGuid():N}"[..20];
        using var api = provider.Api();
        using var created = await api.PostAsJsonAsync("api/identity/citizens",
            new { username, displayName = "مریم احمدی", region = "fars", nationalId = ToPersianDigits(nationalId), password = "Citizen-Pass-1" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var token = Provider.Read((await provider.SignInAsync(username, "Citizen-Pass-1")).AccessToken);
        Assert.Equal(nationalId, token.GetClaim("national_id").Value);
        Assert.Equal("fars", token.GetClaim("region").Value);

        using var again = await api.PostAsJsonAsync("api/identity/citizens",
            new { username = username + "x", displayName = "Someone", region = "fars", nationalId, password = "Citizen-Pass-1" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("national-id-registered", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_national_id_with_a_wrong_checksum_or_of_another_country_is_refused()
    {
        using var api = provider.Api();
        var valid = NationalIds.NewKazakh();
        var wrongChecksum = valid[..11] + (char)('0' + (valid[11] - '0' + 1) % 10);
        foreach (var (region, nationalId) in new[] { ("almaty", wrongChecksum), ("fars", valid) })
        {
            using var response = await api.PostAsJsonAsync("api/identity/citizens",
                new { username = $"c.{Guid.NewGuid():N}"[..20], displayName = "A", region, nationalId, password = "Citizen-Pass-1" });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.Equal("is not a valid national id for the region.", errors.GetProperty("nationalId")[0].GetString());
        }
    }

    private static string ToPersianDigits(string digits) => string.Concat(digits.Select(c => (char)('۰' + (c - '0'))));
}
