using System.Net;
using LabourWelfare.Contracts;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.EndToEnd.Tests.Flows;

/// <summary>
/// Issue 8, rows ViolationRecorded and MediationCaseClosed: an inspection records an illegal dismissal; Mediation opens a
/// case against the employer; the case closes without settlement; Welfare aid opens a dismissed-worker application and
/// Inspections raises the employer's workplace in its inspection plan.
/// </summary>
/// <remarks>
/// Two requests start events in this chain: recording the violation (ViolationRecorded → the case) and, later, closing
/// the case (MediationCaseClosed → Welfare aid and Inspections). Both carry the same traceparent trace id, as a client
/// following one dismissal would send, so every record opened along the way names the one trace.
/// </remarks>
internal sealed class DismissalFlow(AspirePlatform platform, EventProbe partner, string region)
{
    private static readonly string Inspections = PlatformResources.Inspections.Name;
    private static readonly string WelfareAid = PlatformResources.WelfareAid.Name;
    private static readonly string Mediation = PlatformResources.Mediation.Name;

    public async Task<IReadOnlyList<string>> RunAsync()
    {
        var tag = PersonalData.Tag();
        var trace = new TraceChain();
        var inspector = platform.Gateway(TestTokens.For(Roles.Inspector, region));
        var aidOfficer = platform.Gateway(TestTokens.For(Roles.AidOfficer, region, $"aid-officer-{tag}"));
        var approver = platform.Gateway(TestTokens.For(Roles.AidOfficer, region, $"aid-checker-{tag}"));
        var supervisor = platform.Gateway(TestTokens.For(Roles.Supervisor, region, $"supervisor-{tag}"));

        var programmeId = await AidProgrammes.RunActiveAsync(aidOfficer, region, "dismissed-worker", maxDecile: null);

        // The employer's workplace, and a riskier twin by sector (construction 30 vs services 10): the twin ranks above
        // the employer until the unresolved dispute adds its 20 points. The employer's name sorts first, so a tie ranks it first too.
        var employerName = $"Aras Textile Co {tag}";
        var employer = await RegisterWorkplaceAsync(inspector, $"Aras Textile {tag}", "services", employerName, $"DIS-{tag}");
        var twin = await RegisterWorkplaceAsync(inspector, $"Zagros Builders {tag}", "construction", $"Zagros Co {tag}", $"TWN-{tag}");

        await inspector.Post("/api/inspections/checklists", new
        {
            code = $"rights-{tag}", title = "Labour rights",
            items = new[] { new { code = "r-1", topic = "first-aid", severity = "major", texts = new Dictionary<string, string> { ["fa-IR"] = "قرارداد کار", ["en"] = "Contracts on file" } } },
        }, HttpStatusCode.Created);
        var scheduled = await inspector.Post("/api/inspections/inspections", new
        {
            workplaceId = employer, checklistCode = $"rights-{tag}", scheduledOn = Api.Today,
        }, HttpStatusCode.Created);
        await inspector.Post($"/api/inspections/inspections/{scheduled.Id}/start", null, ifMatch: scheduled.ETag);

        // The request whose event starts the chain carries the trace.
        var violationText = $"Twelve workers dismissed without notice after asking for overtime pay ({tag})";
        var violation = await inspector.Post($"/api/inspections/inspections/{scheduled.Id}/violations", new
        {
            category = "illegal-dismissal", severity = "major", description = violationText, provision = "Labour Law art. 27",
            correctiveDeadline = Api.Today.AddDays(30), penaltyAmount = 5_000_000m,
        }, HttpStatusCode.Created, trace);
        var recorded = await partner.WaitForAsync<ViolationRecorded>(e => e.ViolationId == violation.Id);

        // The inspector finishes the visit: partners and statistics get InspectionCompleted (a major violation: no follow-up).
        await inspector.Post($"/api/inspections/inspections/{scheduled.Id}/answers",
            new { answers = new[] { new { itemCode = "r-1", answer = "non-compliant", note = (string?)null } } });
        var inProgress = await inspector.Get($"/api/inspections/inspections/{scheduled.Id}");
        await inspector.Post($"/api/inspections/inspections/{scheduled.Id}/complete", null, trace: trace, ifMatch: inProgress.ETag);
        var completed = await partner.WaitForAsync<InspectionCompleted>(e => e.InspectionId == scheduled.Id);
        Assert.Equal((1, false), (completed.ViolationCount, completed.FollowUpRequired));

        // Mediation opens one case against the employer, referred from the inspection, in the same trace.
        var opened = await Eventually.Get(async () =>
        {
            var page = await supervisor.Get($"/api/mediation/cases?origin=inspection-referral&workplaceId={employer}");
            return page.Items.Select(i => new Found(i)).FirstOrDefault();
        }, "Mediation opens a case referred from the inspection");
        var @case = opened.Value;
        var caseId = @case.GetProperty("id").GetGuid();
        Assert.Equal(("labour-dismissal", "inspection-referral", "received"), (@case.Str("category"), @case.Str("channel"), @case.Str("status")));
        Assert.Equal(employerName, @case.GetProperty("respondent").Str("name"));
        Assert.Equal(scheduled.Id, @case.GetProperty("inspectionId").GetGuid());
        @case.ShouldBeOpenedBy(nameof(ViolationRecorded), recorded.EventId, "inspections", trace);
        Assert.Equal(1, await Ledger.CountAsync(platform, Mediation, "SELECT count(*) FROM cases WHERE violation_id = $1", violation.Id));
        Assert.Equal(1, await Ledger.InboxRowsAsync(platform, Mediation, recorded.EventId));

        // The supervisor adds the dismissed worker, assigns a mediator; the parties do not settle.
        var worker = new { kind = "person", name = $"Hossein Rahimi {tag}", nationalId = NationalIds.NewIranian() };
        var mediator = await supervisor.Post("/api/mediation/mediators", new
        {
            region, fullName = $"Mediator {tag}", userSubject = $"mediator-{tag}", specialties = new[] { "labour" },
            languages = new[] { "fa" }, caseloadLimit = 12,
        }, HttpStatusCode.Created);
        var withApplicant = await supervisor.Put($"/api/mediation/cases/{caseId}/applicant", worker, Api.ETagOf(@case));
        var assigned = await supervisor.Post($"/api/mediation/cases/{caseId}/assignment", new { mediatorId = mediator.Id }, ifMatch: withApplicant.ETag);
        var outcomeNote = $"Employer refused reinstatement and back pay in session ({tag})";
        var notSettled = await supervisor.Post($"/api/mediation/cases/{caseId}/outcome", new
        {
            outcome = "not-settled", note = outcomeNote,
            referral = new { destination = "labour-dispute-board", reference = $"LDB-{tag}" },
        }, ifMatch: assigned.ETag);

        var riskBefore = await PlanEntriesAsync(inspector, employer, twin);
        Assert.True(riskBefore.Twin.Rank < riskBefore.Employer.Rank, "the riskier twin ranks first before the dispute");

        // Closing is a later request of the same chain: it carries the same trace id.
        var closed = await supervisor.Post($"/api/mediation/cases/{caseId}/closure", null, trace: trace, ifMatch: notSettled.ETag);
        Assert.Equal("closed", closed.Text("status"));
        var closedEvent = await partner.WaitForAsync<MediationCaseClosed>(e => e.CaseId == caseId);
        Assert.Equal((MediationCaseClosed.LabourDismissal, MediationCaseClosed.NotSettled, employer),
            (closedEvent.Category, closedEvent.Outcome, closedEvent.WorkplaceId));

        // Welfare aid: a dismissed-worker application for the worker, opened by the closure, in the trace.
        var application = (await Eventually.Get(async () =>
        {
            var page = await approver.Post("/api/aid/applications/search", new { worker.nationalId, origin = "mediation-case-closed" });
            return page.Items.Select(i => new Found(i)).FirstOrDefault();
        }, "Welfare aid opens a dismissed-worker application")).Value;
        Assert.Equal(programmeId, application.GetProperty("programmeId").GetGuid());
        Assert.Equal(("dismissed-worker", "submitted"), (application.Str("targetGroup"), application.Str("status")));
        application.ShouldBeOpenedBy(nameof(MediationCaseClosed), closedEvent.EventId, "mediation", trace);

        // Inspections: the unresolved dispute is recorded once on the employer's workplace and raises it above the twin.
        await Eventually.Until(async () =>
            (await inspector.Get($"/api/inspections/workplaces/{employer}")).Body.GetProperty("unresolvedLabourDisputes").GetInt32() == 1,
            "Inspections records the unresolved labour dispute on the employer's workplace");
        var riskAfter = await PlanEntriesAsync(inspector, employer, twin);
        Assert.Equal(riskBefore.Employer.Score + 20, riskAfter.Employer.Score);
        Assert.Equal(1, riskAfter.Employer.Disputes);
        Assert.True(riskAfter.Employer.Rank < riskAfter.Twin.Rank, "the employer's workplace rises above the twin in the plan");
        Assert.Equal(1, await Ledger.CountAsync(platform, Inspections,
            "SELECT count(*) FROM labour_disputes WHERE \"CaseId\" = $1 AND \"OpenedBy_TraceId\" = $2", caseId, trace.TraceId));

        // Nothing happened twice, nothing is left in an outbox.
        await Ledger.OutboxesDrainedAsync(platform);
        Assert.Single(partner.Of<ViolationRecorded>(), e => e.ViolationId == violation.Id);
        Assert.Single(partner.Of<InspectionCompleted>(), e => e.InspectionId == scheduled.Id);
        Assert.Single(partner.Of<MediationCaseClosed>(), e => e.CaseId == caseId);
        Assert.Equal(1, await Ledger.InboxRowsAsync(platform, WelfareAid, closedEvent.EventId));
        Assert.Equal(1, await Ledger.InboxRowsAsync(platform, Inspections, closedEvent.EventId));
        Assert.Equal(1, await Ledger.CountAsync(platform, Mediation, "SELECT count(*) FROM cases WHERE violation_id = $1", violation.Id));
        Assert.Equal(1, await Ledger.CountAsync(platform, WelfareAid,
            "SELECT count(*) FROM referrals WHERE \"SourceReference\" = $1", closedEvent.CaseNumber));
        var applications = await approver.Post("/api/aid/applications/search", new { worker.nationalId });
        Assert.Equal(1, applications.Body.GetProperty("totalCount").GetInt32());
        Assert.All(partner.Received.Where(r => r.Message is ViolationRecorded v && v.ViolationId == violation.Id
                || r.Message is InspectionCompleted i && i.InspectionId == scheduled.Id
                || r.Message is MediationCaseClosed c && c.CaseId == caseId),
            r => Assert.Equal(trace.TraceId, r.TraceId));

        return [worker.nationalId, worker.name, violationText, outcomeNote];
    }

    private static async Task<Guid> RegisterWorkplaceAsync(HttpClient inspector, string name, string sector, string employerName, string number) =>
        (await inspector.Post("/api/inspections/workplaces", new
        {
            name, county = "Central", sector, workforceSize = 40, employerName, registrationNumber = number,
        }, HttpStatusCode.Created)).Id;

    private sealed record PlanEntry(int Rank, int Score, int Disputes);

    private static async Task<(PlanEntry Employer, PlanEntry Twin)> PlanEntriesAsync(HttpClient inspector, Guid employer, Guid twin)
    {
        var plan = await inspector.Get("/api/inspections/plan?pageSize=100");
        var entries = plan.Body.GetProperty("entries").GetProperty("items").EnumerateArray().ToList();
        Assert.True(plan.Body.GetProperty("entries").GetProperty("totalCount").GetInt32() <= 100, "the region's plan fits one page");
        PlanEntry Of(Guid id) => entries.Where(e => e.GetProperty("workplaceId").GetGuid() == id)
            .Select(e => new PlanEntry(e.GetProperty("rank").GetInt32(), e.GetProperty("riskScore").GetInt32(),
                e.GetProperty("unresolvedLabourDisputes").GetInt32()))
            .Single();
        return (Of(employer), Of(twin));
    }
}
