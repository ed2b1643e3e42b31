using Microsoft.Playwright;

namespace LabourWelfare.Web.BrowserTests;

/// <summary>How a person works MudBlazor's inputs, in a few words (the tests read as the steps a person takes).</summary>
public static class PageActions
{
    /// <summary>Opens a select and picks the option whose text contains <paramref name="optionText"/>.</summary>
    public static async Task ChooseAsync(this IPage page, string testId, string optionText)
    {
        await page.GetByTestId(testId).Locator("xpath=ancestor::div[contains(@class,'mud-select')][1]").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = optionText }).First.ClickAsync();
        await page.Locator(".mud-popover-open").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    /// <summary>Types into a text field and leaves it (MudBlazor commits the value on change).</summary>
    public static async Task TypeAsync(this IPage page, string testId, string text)
    {
        var input = page.GetByTestId(testId);
        await input.FillAsync(text);
        await input.PressAsync("Tab");
    }

    public static Task ClickTestIdAsync(this IPage page, string testId) => page.GetByTestId(testId).ClickAsync();
}
