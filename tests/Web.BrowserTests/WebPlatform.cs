using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Microsoft.Playwright;

namespace LabourWelfare.Web.BrowserTests;

/// <summary>
/// Everything the browser tests need of the running platform, in one place: where the web app is, how a person signs
/// in, the browser, and a gateway client to lay out what a test needs (a workplace, a checklist, a mediator) with
/// development tokens. By default the AppHost starts the whole platform (Aspire.Hosting.Testing, PostgreSQL and RabbitMQ
/// of the run's own, free ports); LW_WEB_URL + LW_GATEWAY_URL point the tests at a platform already running instead.
/// People sign in as they do in the office: the web app sends them to the platform's identity provider, they type
/// their login and password there (the Development demo accounts, role.region), and come back with its tokens, which
/// the gateway and the services check. Only the reference data a test lays out goes through development tokens.
/// </summary>
public sealed class WebPlatform : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public Uri WebUrl { get; private set; } = null!;
    public Uri GatewayUrl { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public HttpClient Gateway { get; private set; } = null!;

    private IPlaywright? _playwright;
    private DistributedApplication? _app;
    private readonly string _dataDirectory = Path.Combine("/var/tmp", "lw-web-" + TestEnvironment.UniqueSuffix());

    public async Task InitializeAsync()
    {
        var web = Environment.GetEnvironmentVariable("LW_WEB_URL");
        var gateway = Environment.GetEnvironmentVariable("LW_GATEWAY_URL");
        if (!string.IsNullOrEmpty(web) && !string.IsNullOrEmpty(gateway))
        {
            WebUrl = new Uri(web);
            GatewayUrl = new Uri(gateway);
        }
        else
        {
            await StartAppHostAsync();
        }
        Gateway = new HttpClient { BaseAddress = GatewayUrl };

        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>The AppHost's platform as it is mapped: the web app signs people in at the identity provider.</summary>
    private async Task StartAppHostAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.LabourWelfare_AppHost>(
        [
            "Infrastructure:Mode=executables",
            $"Infrastructure:DataDirectory={_dataDirectory}",
            "Infrastructure:PostgresPort=0",
            "Infrastructure:RabbitMqPort=0",
            "Infrastructure:RabbitMqManagementPort=0",
            "Infrastructure:RabbitMqDistributionPort=0",
            "Gateway:Port=0",
            "Identity:Port=0",
            "Web:Port=0",
            $"Parameters:auth-issuer={TestTokens.Issuer}",
            $"Parameters:auth-audience={TestTokens.Audience}",
            $"Parameters:auth-signing-key={TestTokens.SigningKey}",
        ]);
        _app = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await _app.StartAsync(startup.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync(PlatformResources.Web, startup.Token);
        WebUrl = _app.GetEndpoint(PlatformResources.Web, "http");
        GatewayUrl = _app.GetEndpoint(PlatformResources.Gateway, "http");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        Gateway?.Dispose();
        if (_app is not null)
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try { await _app.StopAsync(stop.Token); } catch (OperationCanceledException) { }
            await _app.DisposeAsync();
        }
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>A fresh browser context (cookies of its own) in a language and a viewport.</summary>
    public async Task<IPage> NewPageAsync(string language, Viewport viewport)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = WebUrl.ToString(),
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsPhone,
            HasTouch = viewport.IsPhone,
            Locale = language,
        });
        // The language is the user's choice, remembered in the culture cookie.
        await context.AddCookiesAsync([new Cookie
        {
            Name = ".AspNetCore.Culture", Value = Uri.EscapeDataString($"c={Culture(language)}|uic={Culture(language)}"),
            Url = WebUrl.ToString().TrimEnd('/'),
        }]);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    private static string Culture(string language) => language switch
    {
        "fa" => "fa-IR",
        "ru" => "ru-KZ",
        "kk" => "kk-KZ",
        _ => "en-GB",
    };

    /// <summary>
    /// Signs in as a platform account at the identity provider's page, as a person does: the web app's sign-in sends
    /// the browser there, and the provider sends it back to <paramref name="returnUrl"/> with a session.
    /// </summary>
    public async Task SignInAsync(IPage page, string account, string returnUrl = "/", Func<IPage, Task>? atProvider = null)
    {
        await page.GotoAsync("/account/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.WaitForURLAsync(url => !url.StartsWith(WebUrl.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal));
        if (atProvider is not null) await atProvider(page);
        await page.Locator("#Username").FillAsync(account);
        await page.Locator("#Password").FillAsync(IdentityProviderFactory<object>.DemoPassword);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(WebUrl.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)
                                          && !url.Contains("/account/") && !url.Contains("/signin-oidc"));
        // Attached, not visible: the name is hidden on a phone to leave room for the title.
        await page.GetByTestId("user-name").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>A development token for seeding through the gateway, as the API reference describes.</summary>
    public async Task<string> TokenAsync(string subject, string role, string region, string? nationalId = null)
    {
        using var response = await Gateway.PostAsJsonAsync("/dev/token", new { subject, roles = new[] { role }, region, nationalId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>POSTs as someone and returns the JSON answer (with an Idempotency-Key, as every creation takes).</summary>
    public async Task<JsonElement> PostAsync(string token, string path, object body, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        using var response = await Gateway.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<(JsonElement Body, string? ETag)> GetAsync(string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", token);
        using var response = await Gateway.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {text}");
        return (JsonDocument.Parse(text).RootElement.Clone(), response.Headers.ETag?.ToString());
    }
}

public sealed record Viewport(string Name, int Width, int Height, bool IsPhone)
{
    public static readonly Viewport Desktop = new("desktop", 1280, 800, false);
    public static readonly Viewport Phone = new("phone", 360, 740, true);

    public static Viewport Named(string name) => name == "phone" ? Phone : Desktop;
}

[CollectionDefinition(Name)]
public sealed class WebPlatformCollection : ICollectionFixture<WebPlatform>
{
    public const string Name = "web platform";
}
