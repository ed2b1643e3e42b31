using System.Text.Json;
using LabourWelfare.TestSupport;
using Microsoft.Playwright;

namespace LabourWelfare.Web.BrowserTests;

/// <summary>
/// One daily task per role besides the dismissal flow (DailyTaskTests), in Persian (Fars) and Russian (Almaty), on a
/// phone and a desktop: the aid officer decides an application another officer recorded and pays it, and sees the
/// four-eyes rule on one they recorded themselves; the registrar opens a cooperative's members; the citizen finds their
/// application; the supervisor reads the statistics. What the task starts from is laid out through the API.
/// </summary>
[Collection(WebPlatformCollection.Name)]
public sealed class RoleTaskTests(WebPlatform platform)
{
    public static TheoryData<string, string, string> Variants => new()
    {
        { "fa", "phone", "fars" },
        { "ru", "desktop", "almaty" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Aid_officer_approves_and_pays_an_application_another_officer_recorded(string language, string viewport, string region)
    {
        var test = $"aid-{language}-{viewport}";
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var recorder = await platform.TokenAsync($"aid-recorder.{region}", "aid-officer", region);
        var self = await platform.TokenAsync($"aid-officer.{region}", "aid-officer", region);
        var programme = await ActiveProgrammeAsync(recorder, region, $"Grant {suffix}");
        var first = await BeneficiaryAsync(recorder, NationalIds.For(region), $"Applicant {suffix}");
        var second = await BeneficiaryAsync(recorder, NationalIds.For(region), $"Second {suffix}");
        var byOther = await platform.PostAsync(recorder, "/api/aid/applications", new { programmeId = programme, beneficiaryId = first });
        var bySelf = await platform.PostAsync(self, "/api/aid/applications", new { programmeId = programme, beneficiaryId = second });

        var page = await platform.NewPageAsync(language, Viewport.Named(viewport));
        await platform.SignInAsync(page, $"aid-officer.{region}", "/aid/applications");
        await Evidence.CheckAsync(page, test, "01-queue");
        await page.GetByTestId("application-link").Filter(new LocatorFilterOptions { HasText = $"Applicant {suffix}" }).ClickAsync();
        await Evidence.CheckAsync(page, test, "02-application");
        await Assertions.Expect(page.GetByTestId("maker-checker")).ToContainTextAsync($"aid-recorder.{region}");
        await page.ClickTestIdAsync("approve");
        await page.Locator("[data-status='approved']").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = language == "fa" ? "ثبت پرداخت" : "Зарегистрировать выплату" }).ClickAsync();
        await page.GetByTestId("disbursement").First.WaitForAsync();
        await Evidence.CheckAsync(page, test, "03-paid");

        await page.GotoAsync($"/aid/applications/{bySelf.GetProperty("id").GetString()}");
        await page.GetByTestId("maker-checker-block").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("approve")).ToBeDisabledAsync();
        await Evidence.CheckAsync(page, test, "04-four-eyes");

        await page.GotoAsync("/aid/programmes");
        await page.GetByTestId("programme").Filter(new LocatorFilterOptions { HasText = $"Grant {suffix}" }).WaitForAsync();
        await Evidence.CheckAsync(page, test, "05-programmes");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Registrar_opens_a_cooperative_with_its_members(string language, string viewport, string region)
    {
        var test = $"registrar-{language}-{viewport}";
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var registrar = await platform.TokenAsync($"registrar.{region}", "registrar", region);
        var founders = Enumerable.Range(1, 7).Select(i => new { nationalId = NationalIds.For(region), fullName = $"Founder {i} {suffix}", shares = 10 }).ToList();
        await platform.PostAsync(registrar, "/api/cooperatives/cooperatives", new
        {
            name = $"Solar {suffix}", region, registrationNumber = $"WEB-{suffix}", sector = "renewable-energy", foundingMembers = founders,
        });

        var page = await platform.NewPageAsync(language, Viewport.Named(viewport));
        await platform.SignInAsync(page, $"registrar.{region}", "/cooperatives");
        await Evidence.CheckAsync(page, test, "01-cooperatives");
        await page.GetByLabel(language == "fa" ? "جستجو" : "Поиск").First.FillAsync($"Solar {suffix}");
        await page.GetByLabel(language == "fa" ? "جستجو" : "Поиск").First.PressAsync("Enter");
        await page.GetByTestId("cooperative-link").Filter(new LocatorFilterOptions { HasText = $"Solar {suffix}" }).ClickAsync();
        await page.GetByText($"Founder 1 {suffix}").WaitForAsync();
        await Evidence.CheckAsync(page, test, "02-members");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Citizen_finds_their_application(string language, string viewport, string region)
    {
        var test = $"citizen-{language}-{viewport}";
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var officer = await platform.TokenAsync($"aid-recorder.{region}", "aid-officer", region);
        var nationalId = region == "almaty" ? "900101354610" : "1188354051"; // the demo citizens (identity provider and development sign-in)
        var programme = await ActiveProgrammeAsync(officer, region, $"Basket {suffix}");
        var beneficiary = await BeneficiaryAsync(officer, nationalId, $"Citizen {region}");
        await platform.PostAsync(officer, "/api/aid/applications", new { programmeId = programme, beneficiaryId = beneficiary });

        var page = await platform.NewPageAsync(language, Viewport.Named(viewport));
        await platform.SignInAsync(page, $"citizen.{region}", "/my");
        await page.GetByTestId("my-application").Filter(new LocatorFilterOptions { HasText = $"Basket {suffix}" }).WaitForAsync();
        await Evidence.CheckAsync(page, test, "01-my-records");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Supervisor_reads_the_statistics(string language, string viewport, string region)
    {
        var test = $"statistics-{language}-{viewport}";
        var page = await platform.NewPageAsync(language, Viewport.Named(viewport));
        await platform.SignInAsync(page, $"supervisor.{region}", "/statistics");
        await page.GetByTestId("chart-accidents").WaitForAsync();
        await page.GetByTestId("chart-mediation").WaitForAsync();
        await Evidence.CheckAsync(page, test, "01-statistics");
        await page.Context.CloseAsync();
    }

    private async Task<string> ActiveProgrammeAsync(string token, string region, string name)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await platform.PostAsync(token, "/api/aid/programmes", new
        {
            name, kind = "cash-grant", maxDecile = 8, startsOn = today.AddDays(-1), endsOn = today.AddYears(1),
            benefitAmount = region == "almaty" ? 50000 : 20000000, budgetAmount = region == "almaty" ? 5000000 : 2000000000,
            currency = region == "almaty" ? "KZT" : "IRR",
        });
        var id = created.GetProperty("id").GetString()!;
        var (_, etag) = await platform.GetAsync(token, $"/api/aid/programmes/{id}");
        await platform.PostAsync(token, $"/api/aid/programmes/{id}/activate", new { }, etag);
        return id;
    }

    /// <summary>The beneficiary with this national id (registered now, or found when registered by an earlier run).</summary>
    private async Task<string> BeneficiaryAsync(string token, string nationalId, string fullName)
    {
        try
        {
            var created = await platform.PostAsync(token, "/api/aid/beneficiaries", new { nationalId, fullName, householdSize = 4, incomeDecile = 3 });
            return created.GetProperty("id").GetString()!;
        }
        catch (InvalidOperationException e) when (e.Message.Contains("409"))
        {
            var found = await platform.PostAsync(token, "/api/aid/beneficiaries/search", new { nationalId });
            return found.GetProperty("id").GetString()!;
        }
    }
}
