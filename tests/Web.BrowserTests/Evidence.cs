using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LabourWelfare.Web.BrowserTests;

/// <summary>
/// What every step of a browser test leaves behind and checks: a full-page screenshot kept as test output
/// (tests/Web.BrowserTests/TestResults/screenshots/&lt;test&gt;/&lt;step&gt;.png), and an axe accessibility check of the page
/// that fails on any serious or critical finding.
/// </summary>
public static class Evidence
{
    public static readonly string Directory = Path.Combine(ProjectDirectory(), "TestResults", "screenshots");

    public static async Task CheckAsync(IPage page, string test, string step)
    {
        await SettledAsync(page);
        var folder = Path.Combine(Directory, test);
        System.IO.Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, step + ".png"), FullPage = true });

        var result = await page.RunAxe(new AxeRunOptions
        {
            // WCAG 2.1 A and AA rules (colour contrast, names, labels, structure).
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0,
            $"{test}/{step} ({page.Url}): axe found " + string.Join("; ", blocking.Select(v =>
                $"[{v.Impact}] {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target) + " " + n.Html + " " + n.Any?.FirstOrDefault()?.Message))}")));
    }

    /// <summary>Waits until the page is interactive and nothing is loading (no blind sleeps).</summary>
    public static async Task SettledAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator("h1").First.WaitForAsync();
        await page.Locator(".lw-loading").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    private static string ProjectDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LabourWelfare.Web.BrowserTests.csproj")))
            directory = directory.Parent;
        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
