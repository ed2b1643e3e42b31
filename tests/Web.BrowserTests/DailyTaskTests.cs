using System.Text.Json;
using LabourWelfare.TestSupport;
using Microsoft.Playwright;

namespace LabourWelfare.Web.BrowserTests;

/// <summary>
/// The "done when" flow, as people do it in the browser: an inspector carries out an inspection that records an
/// illegal dismissal; the region's supervisor finds the mediation case the violation opened, adds the dismissed worker
/// and assigns a mediator; the mediator sees it in their own list. In Persian on a phone (Fars) and in Russian on a
/// desktop (Almaty). The office's reference data (a workplace, a checklist, a mediator) is laid out through the API.
/// </summary>
[Collection(WebPlatformCollection.Name)]
public sealed class DailyTaskTests(WebPlatform platform)
{
    [Theory]
    [InlineData("fa", "phone", "fars")]
    [InlineData("ru", "desktop", "almaty")]
    public async Task An_illegal_dismissal_found_in_an_inspection_reaches_a_mediator(string language, string viewport, string region)
    {
        var test = $"dismissal-{language}-{viewport}";
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var inspectorToken = await platform.TokenAsync($"inspector.{region}", "inspector", region);
        var supervisorToken = await platform.TokenAsync($"supervisor.{region}", "supervisor", region);
        var workplace = await platform.PostAsync(inspectorToken, "/api/inspections/workplaces", new
        {
            name = $"Textile {suffix}", county = "Centre", sector = "industry", workforceSize = 80,
            employerName = $"Textile Co {suffix}", registrationNumber = $"WEB-{suffix}",
        });
        var workplaceId = workplace.GetProperty("id").GetString()!;
        var checklistTitle = $"Safe work {suffix}";
        await platform.PostAsync(inspectorToken, "/api/inspections/checklists", new
        {
            code = $"safe-work-{suffix}", title = checklistTitle,
            items = new[]
            {
                new { code = "ppe-1", topic = "ppe", severity = "major", texts = new Dictionary<string, string> { ["fa-IR"] = "ماسک در دسترس است", ["ru-KZ"] = "Маски доступны", ["en"] = "Masks are available" } },
                new { code = "fire-1", topic = "fire-safety", severity = "critical", texts = new Dictionary<string, string> { ["fa-IR"] = "کپسول آتش‌نشانی سالم است", ["ru-KZ"] = "Огнетушитель исправен", ["en"] = "The extinguisher works" } },
            },
        });
        await EnsureMediatorAsync(supervisorToken, region);

        // The inspector, on the inspection plan, then at the workplace.
        var inspector = await platform.NewPageAsync(language, Viewport.Named(viewport));
        await platform.SignInAsync(inspector, $"inspector.{region}");
        await Evidence.CheckAsync(inspector, test, "01-inspector-home");
        await inspector.GotoAsync("/inspections/plan");
        await Evidence.CheckAsync(inspector, test, "02-plan");
        await inspector.GotoAsync($"/inspections/schedule?workplaceId={workplaceId}");
        await Evidence.SettledAsync(inspector);
        await inspector.ChooseAsync("checklist", checklistTitle);
        await Evidence.CheckAsync(inspector, test, "03-schedule");
        await inspector.ClickTestIdAsync("submit");
        await inspector.WaitForURLAsync(url => !url.Contains("schedule"));
        await inspector.GetByTestId("start").ClickAsync();
        await inspector.Locator(".checklist-item[data-item='ppe-1'] .mud-radio").Nth(1).ClickAsync();
        await inspector.Locator(".checklist-item[data-item='fire-1'] .mud-radio").Nth(0).ClickAsync();
        await inspector.ClickTestIdAsync("save-answers");
        await inspector.GetByTestId("violation-description").FillAsync($"12 workers dismissed without notice ({suffix})");
        await Evidence.CheckAsync(inspector, test, "04-inspection-findings");
        await inspector.ClickTestIdAsync("record-violation");
        await inspector.GetByTestId("violation").First.WaitForAsync();
        await inspector.ClickTestIdAsync("complete");
        await inspector.GetByTestId("completed").WaitForAsync();
        await Evidence.CheckAsync(inspector, test, "05-inspection-completed");

        // Mediation opens the case from the ViolationRecorded event (through the outbox and RabbitMQ).
        var caseNumber = await Eventually.Get(async () =>
        {
            var (cases, _) = await platform.GetAsync(supervisorToken, $"/api/mediation/cases?workplaceId={workplaceId}");
            return cases.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("number").GetString()).FirstOrDefault();
        }, "the violation opened a mediation case");

        // The supervisor finds it, adds the dismissed worker and assigns the mediator.
        var supervisor = await platform.NewPageAsync(language, Viewport.Named(viewport));
        await platform.SignInAsync(supervisor, $"supervisor.{region}", "/mediation/cases");
        await Evidence.CheckAsync(supervisor, test, "06-supervisor-cases");
        await supervisor.GetByTestId("case-link").Filter(new LocatorFilterOptions { HasText = Persian(caseNumber, language) }).ClickAsync();
        await Evidence.CheckAsync(supervisor, test, "07-case");
        await supervisor.GetByTestId("applicant-name").FillAsync("Worker " + suffix);
        await supervisor.GetByTestId("applicant-national-id").FillAsync(NationalIds.For(region));
        await supervisor.ClickTestIdAsync("save-applicant");
        await supervisor.GetByTestId("applicant").Filter(new LocatorFilterOptions { HasText = "Worker " + suffix }).WaitForAsync();
        await supervisor.ChooseAsync("mediator-select", $"Mediator {region}");
        await supervisor.ClickTestIdAsync("assign");
        await supervisor.GetByTestId("mediator").Filter(new LocatorFilterOptions { HasText = $"Mediator {region}" }).WaitForAsync();
        await Evidence.CheckAsync(supervisor, test, "08-case-assigned");

        // The mediator sees it among their own cases.
        var mediator = await platform.NewPageAsync(language, Viewport.Named(viewport));
        await platform.SignInAsync(mediator, $"mediator.{region}", "/mediation/cases");
        await mediator.GetByTestId("case-link").Filter(new LocatorFilterOptions { HasText = Persian(caseNumber, language) }).WaitForAsync();
        await Evidence.CheckAsync(mediator, test, "09-mediator-cases");

        foreach (var page in new[] { inspector, supervisor, mediator }) await page.Context.CloseAsync();
    }

    /// <summary>The region's mediator, whose login is the development account "mediator.{region}".</summary>
    private async Task EnsureMediatorAsync(string supervisorToken, string region)
    {
        var (roster, _) = await platform.GetAsync(supervisorToken, "/api/mediation/mediators?pageSize=100");
        if (roster.GetProperty("items").EnumerateArray().Any(m => m.GetProperty("userSubject").GetString() == $"mediator.{region}")) return;
        await platform.PostAsync(supervisorToken, "/api/mediation/mediators", new
        {
            region, fullName = $"Mediator {region}", userSubject = $"mediator.{region}", specialties = new[] { "labour" },
            languages = new[] { region == "almaty" ? "ru" : "fa" }, caseloadLimit = 500,
        });
    }

    /// <summary>Case numbers are shown with the reader's digits.</summary>
    private static string Persian(string number, string language) =>
        language == "fa" ? new string(number.Select(c => c is >= '0' and <= '9' ? (char)('۰' + (c - '0')) : c).ToArray()) : number;
}
