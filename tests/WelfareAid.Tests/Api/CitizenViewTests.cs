using System.Net;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using LabourWelfare.WelfareAid.Domain;
using LabourWelfare.WelfareAid.Features.Applications;
using LabourWelfare.WelfareAid.Features.Disbursements;

namespace LabourWelfare.WelfareAid.Tests;

/// <summary>
/// A citizen reading their own application and its payments sees the office (region) and the decision, never which
/// officer inside it recorded, decided or paid: the officers' subjects
/// (recordedBy, decidedBy) are the office's internal business.
/// </summary>
public sealed class CitizenViewTests(WelfareAidFactory service) : IClassFixture<WelfareAidFactory>
{
    [Fact]
    public async Task A_citizen_sees_the_decision_but_not_the_officers_who_made_it()
    {
        var aid = new AidApi(service);
        var (_, beneficiary, application) = await aid.SubmittedAsync(benefit: 1000);
        await aid.ApprovedAsync(application.Id);
        var payments = $"/api/aid/applications/{application.Id}/disbursements";
        await aid.Checker.PostJsonAsync(payments, new { amount = 1000, currency = "IRR", reference = "PAY-" + TestEnvironment.UniqueSuffix() })
            .ShouldBeAsync<DisbursementResponse>(HttpStatusCode.Created);
        var citizen = service.ClientFor(Roles.Citizen, "fars", nationalId: beneficiary.NationalId);

        using var read = await citizen.GetAsync($"/api/aid/applications/{application.Id}");
        var json = await read.Content.ReadAsStringAsync();
        var own = await read.ShouldBeAsync<ApplicationResponse>(HttpStatusCode.OK);
        Assert.Equal("fars", own.Region);
        Assert.Equal(ApplicationStatus.Disbursed, own.Status);
        Assert.NotNull(own.DecidedAt);
        Assert.Null(own.RecordedBy);
        Assert.Null(own.DecidedBy);
        using var paid = await citizen.GetAsync(payments);
        var paidJson = await paid.Content.ReadAsStringAsync();
        var payment = Assert.Single(await paid.ShouldBeAsync<List<DisbursementResponse>>(HttpStatusCode.OK));
        Assert.Null(payment.RecordedBy);
        foreach (var body in new[] { json, paidJson })
        {
            Assert.DoesNotContain("maker-", body);
            Assert.DoesNotContain("checker-", body);
        }

        // The office itself still knows who did what.
        var officerView = await aid.Supervisor.GetAsync($"/api/aid/applications/{application.Id}").ShouldBeAsync<ApplicationResponse>(HttpStatusCode.OK);
        Assert.StartsWith("maker-", officerView.RecordedBy);
        Assert.StartsWith("checker-", officerView.DecidedBy);
        Assert.StartsWith("checker-", Assert.Single(await aid.Supervisor.GetAsync(payments).ShouldBeAsync<List<DisbursementResponse>>(HttpStatusCode.OK)).RecordedBy);
    }
}
