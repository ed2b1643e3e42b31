using LabourWelfare.Persistence;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LabourWelfare.TestSupport;

/// <summary>
/// The platform's identity provider (src/Services/Identity; pass its Program) on Kestrel at a free port, with a
/// database of its own, the demo accounts, a web client and a partner client, so services and the gateway can use
/// it as their Auth:Authority over real HTTP. Use as an xunit fixture.
/// </summary>
public class IdentityProviderFactory<TProgram> : WebApplicationFactory<TProgram>, IAsyncLifetime where TProgram : class
{
    public const string WebBaseUrl = "https://web.labourwelfare.test";
    public const string WebSecret = "test-web-client-secret-0123456789";
    public const string PartnerId = "test-partner";
    public const string PartnerSecret = "test-partner-secret-0123456789";
    public const string MobileRedirectUri = "labourwelfare.test:/oauth2redirect";

    /// <summary>The demo accounts' password and the demo admins' TOTP secret (the provider's defaults, in its README).</summary>
    public const string DemoPassword = "Welfare-Demo-2026";
    public const string DemoAdminTotpSecret = "LWDEMOADMINTOTPSECRETLWDEMOADMIN";

    public IdentityProviderFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    public TestDatabase Database { get; } = TestDatabase.Create("identitydb");

    /// <summary>Where the provider listens, without a trailing slash: what services take as Auth:Authority.</summary>
    public string Authority { get; private set; } = null!;

    /// <summary>The "iss" of its tokens.</summary>
    public string Issuer => Authority + "/";

    public ClientRegistration WebClient => ClientRegistration.Web(WebBaseUrl, WebSecret);

    public ClientRegistration MobileClient => new("mobile", null, MobileRedirectUri);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:identitydb", Database.ConnectionString);
        builder.UseSetting("Auth:Audience", TestTokens.Audience);
        builder.UseSetting("Identity:SeedDemoAccounts", "true");
        builder.UseSetting("Identity:Clients:Web:BaseUrl", WebBaseUrl);
        builder.UseSetting("Identity:Clients:Web:Secret", WebSecret);
        builder.UseSetting("Identity:Clients:Mobile:RedirectUris:0", MobileRedirectUri);
        builder.UseSetting($"Identity:Clients:Partners:{PartnerId}:Secret", PartnerSecret);
        builder.ConfigureServices(ConfigureTestServices);
    }

    protected virtual void ConfigureTestServices(IServiceCollection services) { }

    /// <summary>A browser of its own (own cookies) for one sign-in.</summary>
    public CodeFlowClient Browser() => new(new Uri(Authority + "/"));

    /// <summary>Signs in through the web client's code flow in a fresh browser.</summary>
    public async Task<TokenSet> SignInAsync(string username, string? password = null, SignInOptions? options = null)
    {
        using var browser = Browser();
        return await browser.SignInAsync(username, password ?? DemoPassword, WebClient, options);
    }

    /// <summary>Signs in a demo admin (password and the demo TOTP secret).</summary>
    public Task<TokenSet> SignInAdminAsync(string region) =>
        SignInAsync($"admin.{region}", options: new SignInOptions { TotpSecret = DemoAdminTotpSecret });

    /// <summary>A partner's client-credentials token.</summary>
    public async Task<TokenSet> PartnerTokenAsync()
    {
        using var browser = Browser();
        using var response = await browser.TokenRequestAsync(new ClientRegistration(PartnerId, PartnerSecret, ""),
            new Dictionary<string, string> { ["grant_type"] = "client_credentials" });
        return await TokenSet.ReadAsync(response);
    }

    /// <summary>An HttpClient to the provider over real HTTP, with this bearer token (none when null).</summary>
    public HttpClient Api(string? accessToken = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(Authority + "/") };
        if (accessToken is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public virtual async Task InitializeAsync()
    {
        // Provisioned and migrated as a deployment does (owner role), then run as the app role.
        var contextType = typeof(TProgram).Assembly.GetTypes().Single(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.DbContext)) && !t.IsAbstract);
        await Database.CreateAsync((owner, appRole) => LabourWelfare.Persistence.DatabaseMigration.MigrateAsync(contextType, owner, appRole));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Authority = addresses.First().TrimEnd('/');
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
