using System.Net;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.TestSupport;
using LabourWelfare.WelfareAid.Domain;
using LabourWelfare.WelfareAid.Features.Programmes;

namespace LabourWelfare.WelfareAid.Tests;

public sealed class ProgrammeApiTests(WelfareAidFactory service) : IClassFixture<WelfareAidFactory>
{
    private const string Url = "/api/aid/programmes";

    [Fact]
    public async Task A_programme_is_drafted_launched_listed_and_closed()
    {
        var aid = new AidApi(service, "almaty");
        var draft = await aid.DraftAsync(benefit: 50000, budget: 1_000_000, kind: "electronic-food-coupon", groups: ["low-income"]);
        Assert.Equal(ProgrammeStatus.Draft, draft.Status);
        Assert.Equal(new Money(50000, "KZT"), draft.Benefit);

        var citizen = service.ClientFor(Roles.Citizen, "almaty", nationalId: TestIds.Kazakh());
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"{Url}/{draft.Id}")).StatusCode); // drafts are the office's

        var etag = await AidApi.ETagAsync(aid.Maker, $"{Url}/{draft.Id}");
        await (await AidApi.Send(aid.Maker, HttpMethod.Post, $"{Url}/{draft.Id}/activate", null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var active = await AidApi.Send(aid.Maker, HttpMethod.Post, $"{Url}/{draft.Id}/activate", etag).ShouldBeAsync<ProgrammeResponse>(HttpStatusCode.OK);
        Assert.Equal(ProgrammeStatus.Active, active.Status);
        await (await AidApi.Send(aid.Maker, HttpMethod.Post, $"{Url}/{draft.Id}/activate", etag)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var again = await AidApi.Send(aid.Maker, HttpMethod.Post, $"{Url}/{draft.Id}/activate", await AidApi.ETagAsync(aid.Maker, $"{Url}/{draft.Id}"));
        Assert.Equal("invalid-transition", (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());

        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"{Url}/{draft.Id}")).StatusCode);
        var listed = await citizen.GetAsync($"{Url}?status=active&kind=electronic-food-coupon").ShouldBeAsync<PagedList<ProgrammeResponse>>(HttpStatusCode.OK);
        Assert.Contains(listed.Items, p => p.Id == draft.Id);

        var closed = await AidApi.Send(aid.Checker, HttpMethod.Post, $"{Url}/{draft.Id}/close", await AidApi.ETagAsync(aid.Maker, $"{Url}/{draft.Id}"))
            .ShouldBeAsync<ProgrammeResponse>(HttpStatusCode.OK);
        Assert.Equal(ProgrammeStatus.Closed, closed.Status);
    }

    [Fact]
    public async Task A_programme_with_unsettled_applications_cannot_close()
    {
        var aid = new AidApi(service);
        var (programme, _, _) = await aid.SubmittedAsync();
        var close = await AidApi.Send(aid.Maker, HttpMethod.Post, $"{Url}/{programme.Id}/close", await AidApi.ETagAsync(aid.Maker, $"{Url}/{programme.Id}"));
        Assert.Equal("unsettled-applications", (await close.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Bad_input_answers_400_with_field_errors()
    {
        var aid = new AidApi(service);
        await aid.Maker.PostJsonAsync(Url, new { region = "atlantis" })
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "name", "region", "kind", "startsOn", "endsOn", "benefitAmount", "budgetAmount");
        await aid.Maker.PostJsonAsync(Url, new
        {
            name = "X", kind = "cash-grant", maxDecile = 12, startsOn = "2025-05-01", endsOn = "2025-04-01",
            benefitAmount = 100, budgetAmount = 50, currency = "KZT",
        }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "maxDecile", "endsOn", "budgetAmount", "currency");
        await aid.Maker.PostJsonAsync(Url, new { name = "X", kind = "yacht" }).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "kind");
        await aid.Maker.GetAsync($"{Url}?status=dreaming").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "status");
    }

    [Fact]
    public async Task Other_regions_wrong_roles_and_anonymous_callers_are_refused()
    {
        var fars = new AidApi(service);
        var draft = await fars.DraftAsync();
        var qom = new AidApi(service, "qom");
        Assert.Equal(HttpStatusCode.NotFound, (await qom.Maker.GetAsync($"{Url}/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AidApi.Send(qom.Maker, HttpMethod.Post, $"{Url}/{draft.Id}/activate", "*")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AidApi.Send(qom.Maker, HttpMethod.Post, $"{Url}/{draft.Id}/close", "*")).StatusCode);
        await qom.Maker.PostJsonAsync(Url, fars.NewProgramme()).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await fars.Supervisor.PostJsonAsync(Url, fars.NewProgramme())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(Roles.Inspector, "fars").GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync(Url)).StatusCode);
    }
}
