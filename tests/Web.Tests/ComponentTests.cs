using System.Net;
using AngleSharp.Dom;
using LabourWelfare.SharedKernel;
using LabourWelfare.Web.Api;
using LabourWelfare.Web.Components.Pages.Aid;
using LabourWelfare.Web.Components.Shared;
using LabourWelfare.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace LabourWelfare.Web.Tests;

/// <summary>Components rendered without a browser (bUnit), in the user's culture, against a fake gateway.</summary>
public sealed class ComponentTests : BunitContext, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose asynchronously only.
    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    private readonly FakeGateway _gateway = new();

    public ComponentTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(new RegionCatalog([new Region("fars", "IR", "IRR", "fa-IR", [], RegionCalendar.SolarHijri, 7)]));
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddSingleton<AuthenticationStateProvider>(FixedUser.Officer("aid-officer.fars", "aid-officer", "fars"));
        Services.AddScoped<Ui>();
        Services.AddScoped<SessionExpiry>();
        Services.AddScoped(sp => new GatewayClient(new HttpClient(_gateway) { BaseAddress = new Uri("http://gateway") }, new FixedToken(), sp.GetRequiredService<SessionExpiry>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<GatewayClient>.Instance));
    }

    [Fact]
    public void A_stale_record_is_explained_and_offers_to_reload()
    {
        using var _ = new CultureScope("ru-KZ");
        var reloaded = false;
        var alert = Render<ProblemAlert>(p => p
            .Add(x => x.Problem, new ApiProblem { Status = 412, Title = "Precondition failed" })
            .Add(x => x.OnReload, EventCallback.Factory.Create(this, () => reloaded = true)));

        Assert.Contains(UiText.Get("problem.stale", "ru"), alert.Markup);
        alert.Find("[data-testid=reload]").Click();
        Assert.True(reloaded);
    }

    [Fact]
    public void Field_errors_no_input_shows_are_listed_so_none_is_lost()
    {
        var problem = ApiProblem.Parse(400, """{"title":"Invalid","detail":"Fix the fields.","errors":{"name":["is required."],"members[0].nationalId":["is not valid."]}}""");
        var alert = Render<ProblemAlert>(p => p.Add(x => x.Problem, problem).Add(x => x.ShownFields, ["name"]));

        Assert.Contains("members[0].nationalId: is not valid.", alert.Markup);
        Assert.DoesNotContain("name: is required.", alert.Markup);
        Assert.Contains("Fix the fields.", alert.Markup);
    }

    [Fact]
    public void A_Persian_reader_types_a_Solar_Hijri_date_with_Persian_digits()
    {
        using var _ = new CultureScope("fa-IR");
        DateOnly? chosen = null;
        var field = Render<DateField>(p => p.Add(x => x.Label, "تاریخ").Add(x => x.ValueChanged, (DateOnly? d) => chosen = d));

        field.Find("input").Change("۱۴۰۴/۰۸/۱۵");

        Assert.Equal(new DateOnly(2025, 11, 6), chosen);
        Assert.Equal("۱۴۰۴/۰۸/۱۵", field.Find("input").GetAttribute("value"));
    }

    [Fact]
    public void An_impossible_date_is_shown_as_an_error_and_not_passed_on()
    {
        using var _ = new CultureScope("fa-IR");
        var changes = 0;
        var field = Render<DateField>(p => p.Add(x => x.Label, "تاریخ").Add(x => x.ValueChanged, (DateOnly? _) => changes++));

        field.Find("input").Change("۱۴۰۴/۱۳/۰۱");

        Assert.Equal(0, changes);
        Assert.Contains(UiText.Get("date.invalid", "fa"), field.Markup);
    }

    [Fact]
    public async Task The_officer_who_recorded_an_application_sees_why_they_cannot_decide_it()
    {
        using var _ = new CultureScope("fa-IR");
        await Services.GetRequiredService<Ui>().LoadUserAsync();
        var id = Guid.NewGuid();
        _gateway.Answer(HttpStatusCode.OK, Application(id, recordedBy: "aid-officer.fars"), etag: "\"3\"").Answer(HttpStatusCode.OK, "[]");

        var page = Render<ApplicationDetail>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=maker-checker-block]");

        Assert.True(page.Find("[data-testid=approve]").HasAttribute("disabled"));
        Assert.Contains(UiText.Get("reason.income-decile-unknown", "fa"), page.Find("[data-testid=reason]").TextContent);
    }

    [Fact]
    public async Task Another_officer_approves_with_the_ETag_of_the_application_read()
    {
        using var _ = new CultureScope("ru-KZ");
        await Services.GetRequiredService<Ui>().LoadUserAsync();
        var id = Guid.NewGuid();
        _gateway.Answer(HttpStatusCode.OK, Application(id, recordedBy: "aid-recorder.fars"), etag: "\"3\"").Answer(HttpStatusCode.OK, "[]")
            .Answer(HttpStatusCode.OK, Application(id, recordedBy: "aid-recorder.fars", status: "approved")).Answer(HttpStatusCode.OK, Application(id, "aid-recorder.fars", "approved"), etag: "\"4\"").Answer(HttpStatusCode.OK, "[]");

        var page = Render<ApplicationDetail>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=approve]");
        Assert.Empty(page.FindAll("[data-testid=maker-checker-block]"));
        page.Find("[data-testid=approve]").Click();
        page.WaitForAssertion(() => Assert.Contains(_gateway.Requests, r => r.RequestUri!.AbsolutePath.EndsWith("/approve")));

        var approve = _gateway.Requests.Single(r => r.RequestUri!.AbsolutePath.EndsWith("/approve"));
        Assert.Equal("\"3\"", approve.Headers.GetValues("If-Match").Single());
    }

    private static string Application(Guid id, string recordedBy, string status = "submitted") => $$"""
        {"id":"{{id}}","region":"fars","programmeId":"{{Guid.NewGuid()}}","programmeName":"Grant","programmeKind":"cash-grant",
         "beneficiaryId":"{{Guid.NewGuid()}}","beneficiaryName":"Reza Karimi","nationalId":"0499370899","status":"{{status}}","origin":"officer",
         "recordedBy":"{{recordedBy}}","submittedAt":"2025-11-06T08:00:00Z",
         "eligibilityAtSubmission":[{"code":"income-decile-unknown","message":"The beneficiary's income decile is not known yet."}],
         "rejectionReasons":[],"reserved":{"amount":0,"currency":"IRR"},"disbursed":{"amount":0,"currency":"IRR"} }
        """;
}
