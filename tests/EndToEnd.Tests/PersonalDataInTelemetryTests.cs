using System.Net;
using LabourWelfare.EndToEnd.Tests.Flows;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.EndToEnd.Tests;

/// <summary>
/// Issue 10: national ids, names and case details never reach the logs or the traces. Runs the accident and dismissal
/// flows and a settled mediation case through the whole platform, then searches everything the five processes wrote
/// (Information level, stricter than deployed) and everything they exported over OTLP (spans with their attributes, log
/// records with their scopes, metrics) for each of them.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PersonalDataInTelemetryTests(AspirePlatform platform)
{
    [Fact]
    public async Task No_national_id_name_or_case_detail_of_an_end_to_end_flow_appears_in_any_log_or_span()
    {
        await using var partner = await EventProbe.StartAsync(platform.Broker);
        var secrets = new List<string>();
        secrets.AddRange(await new AccidentSupportFlow(platform, partner, "qom").RunAsync());
        secrets.AddRange(await new DismissalFlow(platform, partner, "qom").RunAsync());
        secrets.AddRange(await SettledCaseAsync("qom"));

        // Output lines arrive asynchronously; the flows' last requests are answered, so their log lines are written.
        var output = platform.CapturedOutput;
        Assert.NotEmpty(output);
        var leaks = secrets.Where(s => output.Contains(s, StringComparison.Ordinal))
            .Select(s => $"'{s}' in: {output.Split('\n').First(l => l.Contains(s, StringComparison.Ordinal))}")
            .ToList();
        Assert.True(leaks.Count == 0, "Personal data in the logs:\n" + string.Join('\n', leaks));

        await TelemetryCaughtUpAsync();
        // The search looks at real spans: request paths, SQL statements and the bus's spans are all there.
        Assert.True(platform.Telemetry.Contains("traces", "/api/mediation/cases/{id:guid}/closure"), "no server span of the flows");
        Assert.True(platform.Telemetry.Contains("traces", "INSERT INTO"), "no database span of the flows");
        Assert.True(platform.Telemetry.Contains("traces", "labourwelfare.mediation-case-closed.v1"), "no bus span of the flows");
        var exported = secrets.SelectMany(s => platform.Telemetry.WhereFound(s).Select(where => $"'{s}' in {where}")).ToList();
        Assert.True(exported.Count == 0, "Personal data in the exported telemetry:\n" + string.Join('\n', exported));
    }

    /// <summary>
    /// The flows waited for every effect, so their spans have ended; exporters send in batches, so a request made now
    /// to each service, once seen in the exports, shows that what came before it has been sent too.
    /// </summary>
    private async Task TelemetryCaughtUpAsync()
    {
        var supervisor = platform.Gateway(TestTokens.For(Roles.Supervisor, "qom"));
        foreach (var path in new[] { "inspections/workplaces", "aid/programmes", "cooperatives/cooperatives", "mediation/cases" })
        {
            var marker = Guid.NewGuid().ToString();
            Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/{path}/{marker}")).StatusCode);
            await Eventually.Until(() => platform.Telemetry.Contains("traces", marker) && platform.Telemetry.Contains("logs", marker),
                $"the request to {path} is exported", TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>A walk-in wage case settled with terms and amounts: the settlement is case detail.</summary>
    private async Task<IReadOnlyList<string>> SettledCaseAsync(string region)
    {
        var tag = PersonalData.Tag();
        var supervisor = platform.Gateway(TestTokens.For(Roles.Supervisor, region));
        var applicant = new { kind = "person", name = $"Maryam Sadeghi {tag}", nationalId = NationalIds.NewIranian() };
        var summary = $"Four months of wages unpaid at the bakery ({tag})";
        var terms = $"Back wages paid in two instalments, the first on signature ({tag})";

        var opened = await supervisor.Post("/api/mediation/cases", new
        {
            region, category = "labour-wages", channel = "walk-in", language = "fa", applicant,
            respondent = new { kind = "organisation", name = $"Qom Bakery {tag}" }, summary,
        }, HttpStatusCode.Created);
        var mediator = await supervisor.Post("/api/mediation/mediators", new
        {
            region, fullName = $"Mediator {tag}", userSubject = $"mediator-{tag}", specialties = new[] { "labour" },
            languages = new[] { "fa" }, caseloadLimit = 12,
        }, HttpStatusCode.Created);
        var current = await supervisor.Get($"/api/mediation/cases/{opened.Id}");
        var assigned = await supervisor.Post($"/api/mediation/cases/{opened.Id}/assignment", new { mediatorId = mediator.Id }, ifMatch: current.ETag);
        var settled = await supervisor.Post($"/api/mediation/cases/{opened.Id}/outcome", new
        {
            outcome = "settled",
            settlement = new
            {
                terms,
                amounts = new[] { new { description = "Back wages", amount = 90_000_000m, currency = "IRR" } },
                paymentPlan = new[]
                {
                    new { dueOn = Api.Today.AddDays(30), amount = 45_000_000m, currency = "IRR" },
                    new { dueOn = Api.Today.AddDays(60), amount = 45_000_000m, currency = "IRR" },
                },
            },
        }, ifMatch: assigned.ETag);
        await supervisor.Post($"/api/mediation/cases/{opened.Id}/closure", null, ifMatch: settled.ETag);
        await Ledger.OutboxesDrainedAsync(platform);
        return [applicant.name, applicant.nationalId, summary, terms];
    }
}
