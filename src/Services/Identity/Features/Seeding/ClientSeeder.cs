using LabourWelfare.ServiceDefaults;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LabourWelfare.Identity.Features.Seeding;

/// <summary>
/// The clients, from configuration at every start (created or brought up to date, so running it twice changes
/// nothing): web (confidential, code flow with PKCE, refresh tokens), mobile (public, PKCE), and partner agencies
/// (client credentials only). A client whose settings are missing is left out, with a warning.
/// </summary>
public sealed class ClientSeeder(IOpenIddictApplicationManager applications, IdentitySettings settings, ILogger<ClientSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var web = settings.Clients.Web;
        if (string.IsNullOrWhiteSpace(web.BaseUrl) || string.IsNullOrWhiteSpace(web.Secret))
        {
            logger.LogWarning("Identity:Clients:Web:BaseUrl or :Secret is not set; the web client is not registered");
        }
        else
        {
            var baseUrl = web.BaseUrl.TrimEnd('/');
            var descriptor = Interactive(WebClientSettings.ClientId, "Labour & Welfare web", ClientTypes.Confidential);
            descriptor.ClientSecret = web.Secret;
            descriptor.RedirectUris.Add(new Uri($"{baseUrl}/signin-oidc"));
            descriptor.PostLogoutRedirectUris.Add(new Uri($"{baseUrl}/signout-callback-oidc"));
            await UpsertAsync(descriptor, cancellationToken);
        }

        var mobile = settings.Clients.Mobile;
        if (mobile.RedirectUris.Count == 0)
        {
            logger.LogWarning("Identity:Clients:Mobile:RedirectUris is not set; the mobile client is not registered");
        }
        else
        {
            var descriptor = Interactive(MobileClientSettings.ClientId, "Labour & Welfare mobile", ClientTypes.Public);
            foreach (var uri in mobile.RedirectUris) descriptor.RedirectUris.Add(new Uri(uri));
            foreach (var uri in mobile.PostLogoutRedirectUris) descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
            await UpsertAsync(descriptor, cancellationToken);
        }

        foreach (var (clientId, partner) in settings.Clients.Partners)
        {
            if (string.IsNullOrWhiteSpace(partner.Secret))
            {
                logger.LogWarning("Partner client {ClientId} has no secret; it is not registered", clientId);
                continue;
            }
            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = clientId,
                ClientSecret = partner.Secret,
                ClientType = ClientTypes.Confidential,
                DisplayName = partner.DisplayName ?? clientId,
                Permissions = { Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.GrantTypes.ClientCredentials },
            };
            await UpsertAsync(descriptor, cancellationToken);
        }
    }

    /// <summary>A frontend signing people in: code flow, PKCE required, refresh tokens, the platform's scopes.</summary>
    private static OpenIddictApplicationDescriptor Interactive(string clientId, string name, string type) => new()
    {
        ClientId = clientId,
        ClientType = type,
        DisplayName = name,
        ConsentType = ConsentTypes.Implicit, // the department's own applications: no consent screen
        Permissions =
        {
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
            Permissions.ResponseTypes.Code,
            Permissions.Scopes.Profile, Permissions.Scopes.Roles,
        },
        Requirements = { Requirements.Features.ProofKeyForCodeExchange },
    };

    private async Task UpsertAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
            logger.LogInformation("Client {ClientId} registered", descriptor.ClientId);
            return;
        }
        // Brought in line with the configuration (a new secret or redirect URI takes effect on restart).
        await applications.UpdateAsync(existing, descriptor, cancellationToken);
    }
}
