using System.Net.Http.Json;
using LabourWelfare.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LabourWelfare.Identity.Tests.Support;

/// <summary>The provider on Kestrel with a database of its own (one per test class, so classes run in parallel).</summary>
public sealed class Provider : IdentityProviderFactory<Program>
{
    /// <summary>Creates an officer in the admin's region through the admin API; returns its id and ETag.</summary>
    public async Task<(string Id, string ETag)> CreateOfficerAsync(
        string adminToken, string username, string[] roles, string temporaryPassword = "Temporary-Pass-1")
    {
        using var api = Api(adminToken);
        using var response = await api.PostAsJsonAsync("api/identity/officers",
            new { username, displayName = $"Officer {username}", roles, temporaryPassword });
        response.EnsureSuccessStatusCode();
        var officer = await response.Content.ReadFromJsonAsync<OfficerDto>();
        return (officer!.Id, response.Headers.ETag!.Tag);
    }

    /// <summary>Creates an officer and signs it in once (picking its own password): ready-made tokens.</summary>
    public async Task<(string Id, TokenSet Tokens, string Password)> NewOfficerAsync(string adminToken, string role)
    {
        var username = $"{role}.{Guid.NewGuid():N}"[..30];
        var (id, _) = await CreateOfficerAsync(adminToken, username, [role]);
        const string password = "Own-Password-2026";
        var tokens = await SignInAsync(username, "Temporary-Pass-1", new SignInOptions { NewPassword = password });
        return (id, tokens, password);
    }

    public static JsonWebToken Read(string token) => new(token);
}

public sealed record OfficerDto(string Id, string Username, string DisplayName, string Region, string[] Roles, bool Disabled,
    bool TwoFactorEnabled, bool MustChangePassword);
