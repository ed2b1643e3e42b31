using Microsoft.Playwright;

namespace LabourWelfare.Web.BrowserTests;

[Collection(WebPlatformCollection.Name)]
public sealed class SmokeTests(WebPlatform platform)
{
    [Theory]
    [InlineData("fa", "desktop", "inspector.fars")]
    [InlineData("ru", "phone", "inspector.almaty")]
    public async Task Signs_in_and_shows_the_role_home(string language, string viewport, string account)
    {
        var page = await platform.NewPageAsync(language, Viewport.Named(viewport));
        await page.GotoAsync("/");
        await Evidence.CheckAsync(page, $"smoke-{language}-{viewport}", "01-home-anonymous");
        await platform.SignInAsync(page, account, atProvider: async provider =>
        {
            // The provider's page, in the language the person reads in the web app.
            Assert.Equal(language, await provider.Locator("html").GetAttributeAsync("lang"));
            await Evidence.CheckAsync(provider, $"smoke-{language}-{viewport}", "02-provider-signin");
        });
        await Evidence.CheckAsync(page, $"smoke-{language}-{viewport}", "03-home");
        await page.GotoAsync("/inspections/plan");
        await Evidence.CheckAsync(page, $"smoke-{language}-{viewport}", "04-plan");

        // Signing out ends the provider's session too: on a shared office computer the next person types a password.
        var web = platform.WebUrl.GetLeftPart(UriPartial.Authority);
        await page.Locator("form[action='/account/signout'] button").ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(web, StringComparison.Ordinal) && !url.Contains("signout"));
        await page.GetByTestId("user-name").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        await page.GotoAsync("/account/signin");
        await page.Locator("#Password").WaitForAsync();
        Assert.False(page.Url.StartsWith(web, StringComparison.Ordinal), $"signed in again without a password: {page.Url}");
        await page.Context.CloseAsync();
    }
}
