using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using LabourWelfare.WelfareAid.Domain;
using LabourWelfare.WelfareAid.Features.Applications;
using LabourWelfare.WelfareAid.Features.Beneficiaries;
using LabourWelfare.WelfareAid.Features.Disbursements;
using LabourWelfare.WelfareAid.Features.Programmes;
using LabourWelfare.WelfareAid.Features.Statistics;

namespace LabourWelfare.WelfareAid.Tests;

/// <summary>
/// What a client meets before any rule: optional bodies are optional, creates answer with the ETag the next change
/// needs, a bank line that matches nothing names its reference, malformed bodies are a 400 wherever the malformation
/// sits, and statistics take a year of the region's calendar.
/// </summary>
public sealed class ApiBehaviourTests(WelfareAidFactory service) : IClassFixture<WelfareAidFactory>
{
    private static HttpRequestMessage Bodiless(HttpMethod method, string url, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    [Fact]
    public async Task Reject_and_cancel_take_no_body_and_a_required_body_missing_is_a_field_error_not_a_framework_message()
    {
        var aid = new AidApi(service, "ardabil");
        var (_, _, application) = await aid.SubmittedAsync();
        var url = $"/api/aid/applications/{application.Id}";

        // The rules find no reason to reject an eligible applicant, so the note is required: a rule, not a missing body.
        var reject = await aid.Checker.SendAsync(Bodiless(HttpMethod.Post, $"{url}/reject", await AidApi.ETagAsync(aid.Checker, url)));
        var problem = await reject.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("rejection-reason-required", problem.GetProperty("code").GetString());

        var cancel = await aid.Maker.SendAsync(Bodiless(HttpMethod.Post, $"{url}/cancel", await AidApi.ETagAsync(aid.Maker, url)));
        Assert.Equal(ApplicationStatus.Cancelled, (await cancel.ShouldBeAsync<ApplicationResponse>(HttpStatusCode.OK)).Status);

        var (_, _, other) = await aid.SubmittedAsync();
        var appeal = await aid.Maker.SendAsync(Bodiless(HttpMethod.Post, $"/api/aid/applications/{other.Id}/appeal", "*"));
        var body = (await appeal.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "body")).ToString();
        Assert.DoesNotContain("Implicit body", body);
        Assert.DoesNotContain("parameter", body);
    }

    [Fact]
    public async Task Every_create_answers_with_the_ETag_its_first_change_needs()
    {
        var aid = new AidApi(service, "ilam");
        var created = await aid.Maker.PostJsonAsync("/api/aid/programmes", aid.NewProgramme());
        var programme = await created.ShouldBeAsync<ProgrammeResponse>(HttpStatusCode.Created);
        await AidApi.Send(aid.Maker, HttpMethod.Post, $"/api/aid/programmes/{programme.Id}/activate", ETag(created))
            .ShouldBeAsync<ProgrammeResponse>(HttpStatusCode.OK);

        var registered = await aid.Maker.PostJsonAsync("/api/aid/beneficiaries", aid.NewBeneficiary());
        var beneficiary = await registered.ShouldBeAsync<BeneficiaryResponse>(HttpStatusCode.Created);
        var updated = await AidApi.Send(aid.Maker, HttpMethod.Put, $"/api/aid/beneficiaries/{beneficiary.Id}", ETag(registered),
            new { fullName = "Zahra Ahmadi-Rad", householdSize = 5, incomeDecile = 3, targetGroups = new[] { "low-income" } });
        await updated.ShouldBeAsync<BeneficiaryResponse>(HttpStatusCode.OK);
        var found = await aid.Supervisor.PostJsonAsync("/api/aid/beneficiaries/search", new { nationalId = beneficiary.NationalId });
        Assert.Equal(ETag(updated), ETag(found));

        var submitted = await aid.Maker.PostJsonAsync("/api/aid/applications", new { programmeId = programme.Id, beneficiaryId = beneficiary.Id });
        var application = await submitted.ShouldBeAsync<ApplicationResponse>(HttpStatusCode.Created);
        var approved = await AidApi.Send(aid.Checker, HttpMethod.Post, $"/api/aid/applications/{application.Id}/approve", ETag(submitted));
        await approved.ShouldBeAsync<ApplicationResponse>(HttpStatusCode.OK);

        var paid = await aid.Checker.PostJsonAsync($"/api/aid/applications/{application.Id}/disbursements",
            new { amount = 1000, currency = "IRR", reference = "ETAG-" + TestEnvironment.UniqueSuffix() });
        var disbursement = await paid.ShouldBeAsync<DisbursementResponse>(HttpStatusCode.Created);
        Assert.Equal(ETag(paid), await AidApi.ETagAsync(aid.Checker, $"/api/aid/disbursements/{disbursement.Id}"));
    }

    [Fact]
    public async Task A_bank_line_with_an_unknown_reference_says_which_reference_was_not_found()
    {
        var aid = new AidApi(service, "qom");
        var reference = "BANK-LINE-" + TestEnvironment.UniqueSuffix();
        var problem = await aid.Checker.PostJsonAsync("/api/aid/reconciliations", new { reference, bankPaymentReference = "B-1", amount = 1, currency = "IRR" })
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains(reference, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Another_regions_programme_is_not_found_in_the_callers_language_like_one_that_does_not_exist()
    {
        var fars = new AidApi(service, "fars");
        var programme = await fars.DraftAsync();
        var ilam = new AidApi(service, "ilam").Checker;

        foreach (var url in new[] { $"/api/aid/programmes/{programme.Id}", $"/api/aid/programmes/{Guid.NewGuid()}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("ru"));
            var problem = await (await ilam.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            Assert.True(problem.GetProperty("detail").GetString() == "Программа не найдена.", $"{url}: {problem}");
        }
    }

    [Theory]
    [InlineData("invalid UTF-8 in an unknown field")]
    [InlineData("1e400 in an unknown field")]
    [InlineData("a well-formed unknown field")]
    public async Task A_body_with_a_field_the_request_does_not_have_is_a_400_naming_it(string what)
    {
        var aid = new AidApi(service);
        byte[] value = what switch
        {
            "invalid UTF-8 in an unknown field" => [(byte)'"', 0xFF, 0xFE, (byte)'"'],
            "1e400 in an unknown field" => Encoding.UTF8.GetBytes("1e400"),
            _ => Encoding.UTF8.GetBytes("\"fars\""),
        };
        byte[] body = [.. Encoding.UTF8.GetBytes("{\"nationalId\":\"0012345679\",\"regoin\":"), .. value, (byte)'}'];
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var response = await aid.Supervisor.PostAsync("/api/aid/applications/search", content);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "regoin");
        Assert.DoesNotContain(".NET", problem.ToString());
    }

    [Fact]
    public async Task Statistics_take_a_year_of_the_region_calendar_and_refuse_parameters_they_do_not_have()
    {
        var ilam = service.ClientFor(Roles.Supervisor, "ilam");
        var stats = await ilam.GetAsync("/api/aid/statistics?year=1402").ShouldBeAsync<AidStatistics>(HttpStatusCode.OK);
        Assert.Equal(new DateOnly(2023, 3, 21), stats.From);
        Assert.Equal(new DateOnly(2024, 3, 19), stats.To);
        Assert.Equal("Farvardin 1402 – Esfand 1402", stats.Period.Label);
        var almaty = await service.ClientFor(Roles.Supervisor, "almaty").GetAsync("/api/aid/statistics?year=2025").ShouldBeAsync<AidStatistics>(HttpStatusCode.OK);
        Assert.Equal(new DateOnly(2025, 1, 1), almaty.From);
        Assert.Equal(new DateOnly(2025, 12, 31), almaty.To);
        await ilam.GetAsync("/api/aid/statistics?year=2025").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "year");
        await ilam.GetAsync("/api/aid/statistics?period=1402").ShouldBeProblemAsync(HttpStatusCode.BadRequest, "period");
    }

    private static string? ETag(HttpResponseMessage response)
    {
        Assert.True(response.Headers.ETag is not null, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri} has no ETag");
        return response.Headers.ETag!.ToString();
    }
}
