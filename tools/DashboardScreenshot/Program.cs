using Microsoft.Playwright;

// Usage: DashboardScreenshot <dashboard login URL (…/login?t=…)> <output.png> <resource name>…
// Signs in to the Aspire dashboard with the login URL the AppHost printed, waits until the resources page lists every
// named resource and none is still starting, waiting or unhealthy, and saves a screenshot of it. Fails (exit 1)
// when that does not happen within two minutes, so a screenshot always shows a platform that came up whole.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: DashboardScreenshot <dashboard login URL> <output.png> <resource>…");
    return 2;
}
var (loginUrl, output, resources) = (args[0], args[1], args[2..]);
const string Chromium = "/usr/bin/chromium";
string[] notSettled = ["Starting", "Waiting", "Unhealthy", "Not started", "Building"];

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Chromium,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"],
});
var page = await browser.NewPageAsync(new BrowserNewPageOptions
{
    ViewportSize = new ViewportSize { Width = 1600, Height = 1180 } /* the grid scrolls inside the page: tall enough for every row */,
    Locale = "en-GB",
    ColorScheme = ColorScheme.Light,
});
await page.GotoAsync(loginUrl); // the token signs the browser in and lands on the resources page

var deadline = DateTime.UtcNow.AddMinutes(2);
while (true)
{
    // Blazor renders the grid after the page loads, and resource states arrive over its stream: read what is shown.
    var text = await page.Locator("body").InnerTextAsync();
    var missing = resources.Where(r => !text.Contains(r, StringComparison.Ordinal)).ToList();
    var unsettled = notSettled.Where(s => text.Contains(s, StringComparison.Ordinal)).ToList();
    if (missing.Count == 0 && unsettled.Count == 0 && text.Contains("Running", StringComparison.Ordinal)) break;
    if (DateTime.UtcNow > deadline)
    {
        Console.Error.WriteLine($"The dashboard did not show every resource settled: missing [{string.Join(", ", missing)}], still [{string.Join(", ", unsettled)}].");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = output + ".failed.png" });
        return 1;
    }
    await page.WaitForTimeoutAsync(500);
}
await page.ScreenshotAsync(new PageScreenshotOptions { Path = output });
Console.WriteLine($"{output}: the resources page with {resources.Length} resources, all running");

// What an operator would see behind a red badge: the error entries of the structured logs, printed (never personal
// data: a log that holds some is a bug in itself).
await page.GotoAsync(new Uri(new Uri(page.Url), "/structuredlogs?logLevel=error").ToString());
var grid = page.Locator("fluent-data-grid, table").First;
await grid.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
var rows = await page.Locator("fluent-data-grid-row, tr").AllInnerTextsAsync();
var errors = rows.Skip(1) // the header
    .Select(row => string.Join(" | ", row.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
    .Where(row => row.Length > 0 && row != "No structured logs found") // the empty grid's own row
    .ToList();
Console.WriteLine(errors.Count == 0 ? "structured logs: no errors" : $"structured logs: {errors.Count} error entries");
foreach (var error in errors) Console.WriteLine("  " + error);
return 0;
