using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.EndToEnd.Tests.Flows;

/// <summary>
/// Issue 8, row AccidentReported: an inspector reports an accident with two injured workers; Welfare aid opens one
/// accident-support application per injured person (opened by the event, in the accident report's trace); an aid officer
/// completes one person's decile, a second officer approves and a third disburses. Partners receive each event once.
/// </summary>
internal sealed class AccidentSupportFlow(AspirePlatform platform, EventProbe partner, string region, int injuredCount = 1)
{
    private static readonly string WelfareAid = PlatformResources.WelfareAid.Name;

    /// <summary>Runs the flow with all its assertions; returns the personal data and case details it used.</summary>
    public async Task<IReadOnlyList<string>> RunAsync()
    {
        var tag = PersonalData.Tag();
        var trace = new TraceChain();
        var inspector = platform.Gateway(TestTokens.For(Roles.Inspector, region));
        var programmeOfficer = platform.Gateway(TestTokens.For(Roles.AidOfficer, region, $"aid-maker-{tag}"));
        var approver = platform.Gateway(TestTokens.For(Roles.AidOfficer, region, $"aid-checker-{tag}"));
        var payer = platform.Gateway(TestTokens.For(Roles.AidOfficer, region, $"aid-payer-{tag}"));

        // A budget of one benefit: the approval exhausts it, so the banks' ProgrammeBudgetExhausted row is exercised too.
        var programmeId = await AidProgrammes.RunActiveAsync(programmeOfficer, region, "accident-victim", maxDecile: 8, benefits: 1);
        var workplace = await inspector.Post("/api/inspections/workplaces", new
        {
            name = $"Cement works {tag}", region, county = "Central", sector = "construction", workforceSize = 40,
            employerName = $"Cement Co {tag}", registrationNumber = $"ACC-{tag}",
        }, HttpStatusCode.Created);

        string[] names = [$"رضا کریمی {tag}", $"Leila Ahmadi {tag}", $"Асель Нурланова {tag}"];
        var injured = Enumerable.Range(0, injuredCount)
            .Select(i => new { nationalId = NationalIds.NewIranian(), fullName = names[i % names.Length] + (i < names.Length ? "" : $" {i}"), injurySeverity = i == 0 ? "serious" : "minor" })
            .ToArray();
        var description = $"Fell from scaffolding on level {tag} without a harness";

        // The request whose event starts the chain carries the trace.
        var accident = await inspector.Post("/api/inspections/accidents", new
        {
            workplaceId = workplace.Id, occurredAt = DateTimeOffset.UtcNow.AddHours(-3), severity = "serious", kind = "accident",
            description, injured,
        }, HttpStatusCode.Created, trace);

        var reported = await partner.WaitForAsync<AccidentReported>(e => e.AccidentCaseId == accident.Id);
        Assert.Equal(injuredCount, reported.Injured.Count);

        // One accident-support application per injured person, opened by the event, in the same trace.
        var applications = new List<Found>();
        foreach (var person in injured)
        {
            var found = await Eventually.Get(async () =>
            {
                var page = await approver.Post("/api/aid/applications/search", new { person.nationalId, origin = "accident-reported" });
                return page.Items.Select(i => new Found(i)).FirstOrDefault();
            }, "Welfare aid opens an accident-support application for the injured person");
            var application = found.Value;
            Assert.Equal(programmeId, application.GetProperty("programmeId").GetGuid());
            Assert.Equal("submitted", application.Str("status"));
            Assert.Equal("accident-victim", application.Str("targetGroup"));
            Assert.Equal("event-referral", application.Str("recordedBy"));
            application.ShouldBeOpenedBy(nameof(AccidentReported), reported.EventId, "inspections", trace);
            applications.Add(found);
        }

        // Nothing happened twice: one AccidentReported, handled once, one referral and one application per injured person.
        Assert.Single(partner.Of<AccidentReported>(), e => e.AccidentCaseId == accident.Id);
        Assert.Equal(1, await Ledger.InboxRowsAsync(platform, WelfareAid, reported.EventId));
        Assert.Equal(injuredCount, await Ledger.CountAsync(platform, WelfareAid,
            "SELECT count(*) FROM referrals WHERE \"SourceReference\" = $1 AND \"OpenedBy_TraceId\" = $2", accident.Id.ToString(), trace.TraceId));
        Assert.Equal(injuredCount, await Ledger.CountAsync(platform, WelfareAid,
            "SELECT count(*) FROM applications a JOIN referrals r ON r.\"Id\" = a.\"ReferralId\" WHERE r.\"SourceReference\" = $1", accident.Id.ToString()));
        foreach (var person in injured)
        {
            var page = await approver.Post("/api/aid/applications/search", new { person.nationalId });
            Assert.Equal(1, page.Body.GetProperty("totalCount").GetInt32());
        }

        // The office completes the first person's decile (the programme has a maximum), another officer approves, a third pays.
        // These are later requests of the same case, sent in the same trace so partners can follow the chain to the payment.
        var first = applications[0].Value;
        var applicationId = first.GetProperty("id").GetGuid();
        var beneficiaryId = first.GetProperty("beneficiaryId").GetGuid();
        var beneficiary = await programmeOfficer.Get($"/api/aid/beneficiaries/{beneficiaryId}");
        await programmeOfficer.Put($"/api/aid/beneficiaries/{beneficiaryId}", new
        {
            fullName = injured[0].fullName, householdSize = 4, incomeDecile = 3, targetGroups = new[] { "accident-victim" },
        }, beneficiary.ETag!);

        var submitted = await approver.Get($"/api/aid/applications/{applicationId}");
        var approved = await approver.Post($"/api/aid/applications/{applicationId}/approve", null, trace: trace, ifMatch: submitted.ETag);
        Assert.Equal("approved", approved.Text("status"));
        Assert.Equal(AidProgrammes.Benefit, approved.Body.GetProperty("reserved").GetProperty("amount").GetDecimal());

        var reference = $"PAY-{tag}";
        await payer.Post($"/api/aid/applications/{applicationId}/disbursements",
            new { amount = AidProgrammes.Benefit, currency = "IRR", reference }, HttpStatusCode.Created, trace);
        var paid = await payer.Get($"/api/aid/applications/{applicationId}");
        Assert.Equal("disbursed", paid.Text("status"));

        var approval = await partner.WaitForAsync<AidApplicationApproved>(e => e.ApplicationId == applicationId);
        var disbursed = await partner.WaitForAsync<AidDisbursed>(e => e.ApplicationId == applicationId);
        var exhausted = await partner.WaitForAsync<ProgrammeBudgetExhausted>(e => e.ProgrammeId == programmeId);
        Assert.Equal((AidProgrammes.Benefit, AidProgrammes.Benefit), (exhausted.BudgetAmount, exhausted.ReservedAmount));
        Assert.Equal((AidProgrammes.Benefit, "IRR", "bank-transfer"), (disbursed.Amount, disbursed.Currency, disbursed.Channel));

        await Ledger.OutboxesDrainedAsync(platform);
        Assert.Single(partner.Of<AccidentReported>(), e => e.AccidentCaseId == accident.Id);
        Assert.Single(partner.Of<AidApplicationApproved>(), e => e.ApplicationId == applicationId);
        Assert.Single(partner.Of<AidDisbursed>(), e => e.ApplicationId == applicationId);
        Assert.Single(partner.Of<ProgrammeBudgetExhausted>(), e => e.ProgrammeId == programmeId);
        Assert.Equal(1, await Ledger.CountAsync(platform, WelfareAid,
            "SELECT count(*) FROM disbursements WHERE \"ApplicationId\" = $1", applicationId));

        // The whole chain is one trace, as partners see it too.
        Assert.All(partner.Received.Where(r => r.Message is AccidentReported a && a.AccidentCaseId == accident.Id
                || r.Message is AidApplicationApproved p && p.ApplicationId == applicationId
                || r.Message is AidDisbursed d && d.ApplicationId == applicationId
                || r.Message is ProgrammeBudgetExhausted x && x.ProgrammeId == programmeId),
            r => Assert.Equal(trace.TraceId, r.TraceId));
        Assert.Equal(trace.TraceId, reported.CorrelationId);

        return [.. injured.SelectMany(p => new[] { p.nationalId, p.fullName }), description];
    }
}
