using System.Text.Json;

namespace LabourWelfare.DemoData;

/// <summary>
/// Per region: the mediator roster (natural key: the mediator's sign-in name; the first is the
/// region's demo account, mediator.&lt;region&gt;) and cases opened by the region's
/// supervisor (natural key: the applicant's national id), assigned, resolved and mostly closed.
/// Case times are the server's (intake and outcome happen now), so all cases fall in the current year.
/// </summary>
public sealed class MediationLoader(Run run)
{
    private const string Base = "/api/mediation";

    private sealed record Mediator(Guid Id, string[] Specialties);

    public async Task LoadAsync()
    {
        var rosters = new Dictionary<string, List<Mediator>>();
        foreach (var region in DemoRegion.All) rosters[region.Code] = await EnsureMediators(region);

        var cases = new Dictionary<string, JsonElement>();
        foreach (var region in DemoRegion.All)
            foreach (var c in await run.Api.All(run.Officers.For("supervisor", region.Code), $"{Base}/cases"))
                if (c.GetProperty("applicant") is { ValueKind: JsonValueKind.Object } applicant
                    && applicant.GetProperty("nationalId").GetString() is { } nationalId)
                    cases[nationalId] = c;

        var plans = DemoRegion.All.SelectMany(r => Enumerable.Range(1, r.Count(1000, run.Scale)).Select(i => (Region: r, Index: i))).ToList();
        await run.ForEach("mediation cases", plans, x => Case(x.Region, x.Index, rosters[x.Region.Code], cases));
    }

    private async Task<List<Mediator>> EnsureMediators(DemoRegion region)
    {
        var supervisor = run.Officers.For("supervisor", region.Code);
        var existing = (await run.Api.All(supervisor, $"{Base}/mediators"))
            .ToDictionary(m => m.GetProperty("userSubject").GetString()!, m => m);
        var roster = new List<Mediator>();
        var count = region.Count(50, run.Scale);
        for (var i = 1; i <= Math.Max(3, count); i++)
        {
            // The first is the region's demo account (mediator.fars, …), so signing in as it shows a real caseload.
            var subject = i == 1 ? $"mediator.{region.Code}" : $"demo-mediator-{region.Code}-{i}";
            var random = Seeds.For($"mediator/{subject}");
            var person = People.Make(region, People.Kind.Mediator, i);
            string[] specialties = i % 4 == 0 ? ["family"] : i % 4 == 1 ? ["labour", "family"] : ["labour"];
            string[] languages = region.Iranian ? (region.Code == "ardabil" ? ["fa", "az"] : ["fa"]) : (i % 2 == 0 ? ["ru", "kk"] : ["ru"]);
            if (existing.TryGetValue(subject, out var found))
            {
                run.Tally.Present("mediators");
                roster.Add(new Mediator(found.GetProperty("id").GetGuid(), specialties));
                continue;
            }
            var reply = await run.Api.Create(supervisor, $"{Base}/mediators", new
            {
                region = region.Code, fullName = person.FullName, userSubject = subject, specialties, languages,
                caseloadLimit = random.Next(15, 30),
            }, $"mediator/{subject}");
            if (!reply.Ok) { run.Tally.Failed("mediators", subject, reply); continue; }
            run.Tally.Created("mediators", reply);
            roster.Add(new Mediator(reply.Id, specialties));
        }
        return roster;
    }

    private async Task Case(DemoRegion region, int index, List<Mediator> roster, Dictionary<string, JsonElement> existing)
    {
        var random = Seeds.For($"case/{region.Code}/{index}");
        var supervisor = run.Officers.For("supervisor", region.Code, index);
        var applicant = People.Make(region, People.Kind.Applicant, index);
        var category = random.Weighted(("labour-wages", 35), ("labour-dismissal", 25), ("labour-contract", 15), ("family", 20), ("other", 5));
        var channel = random.Weighted(("walk-in", 50), ("phone", 25), ("online", 25));
        var goal = random.Weighted(("received", 12), ("assigned", 13), ("settled", 40), ("not-settled", 27), ("withdrawn", 8));
        var close = random.Chance(0.85);
        var respondent = category == "family"
            ? new { kind = "person", name = People.Make(region, People.Kind.Applicant, 500_000 + index).FullName, nationalId = (string?)People.Make(region, People.Kind.Applicant, 500_000 + index).NationalId, registrationNumber = (string?)null }
            : new { kind = "organisation", name = WorkplaceNames.Make(region, "industry", region.Counties[0], Seeds.For($"case/{region.Code}/{index}/employer"), index).Employer, nationalId = (string?)null, registrationNumber = (string?)$"REG-{random.Next(10000, 99999)}" };
        var amount = region.Amount(random.Next(20, 400) * 1_000_000m);
        var specialty = category == "family" ? "family" : category == "other" ? null : "labour";
        var candidates = roster.Where(m => specialty is null || m.Specialties.Contains(specialty)).ToList();
        var start = candidates.Count == 0 ? 0 : random.Next(candidates.Count);

        Guid id;
        string status;
        string? etag;
        if (existing.TryGetValue(applicant.NationalId, out var found))
        {
            run.Tally.Present("mediation cases");
            id = found.GetProperty("id").GetGuid();
            status = found.GetProperty("status").GetString()!;
            etag = found.GetProperty("eTag").GetString();
        }
        else
        {
            var reply = await run.Api.Create(supervisor, $"{Base}/cases", new
            {
                region = region.Code, category, channel, language = region.Iranian ? "fa" : "ru",
                applicant = new { kind = "person", name = applicant.FullName, nationalId = applicant.NationalId },
                respondent,
                summary = Summary(region, category),
            }, $"case/{region.Code}/{index}");
            if (!reply.Ok) { run.Tally.Failed("mediation cases", region.Code, reply); return; }
            run.Tally.Created("mediation cases", reply);
            id = reply.Id;
            status = "received";
            etag = reply.NextETag;
        }
        var path = $"{Base}/cases/{id}";
        if (goal == "received") return;
        if (status == "received" && goal != "withdrawn")
        {
            Reply? assigned = null;
            for (var k = 0; k < candidates.Count && assigned?.Ok != true; k++)
            {
                assigned = await run.Api.Post(supervisor, $"{path}/assignment", new { mediatorId = candidates[(start + k) % candidates.Count].Id }, etag);
                if (assigned.Code is not ("caseload-full" or "conflict-of-interest")) break;
            }
            if (assigned is null || !Step(assigned, "cases assigned")) return;
            status = "assigned";
            etag = assigned.NextETag;
        }
        if (goal == "assigned") return;
        if (status is "received" or "assigned" or "in-session")
        {
            object body = goal switch
            {
                "settled" => new
                {
                    outcome = "settled", note = "Agreement signed by both parties.",
                    settlement = new
                    {
                        terms = region.Iranian ? "پرداخت مطالبات در دو قسط" : "Выплата задолженности двумя платежами",
                        amounts = new[] { new { description = category == "family" ? "Maintenance" : "Back wages", amount, currency = region.Currency } },
                    },
                },
                "not-settled" => new
                {
                    outcome = "not-settled", note = "No agreement reached.",
                    referral = random.Chance(0.5) ? new { destination = "labour-dispute-board", reference = $"LDB-{region.Prefix}-{index}" } : null,
                },
                _ => (object)new { outcome = "withdrawn", note = "The applicant withdrew the case." },
            };
            var outcome = await run.Api.Post(supervisor, $"{path}/outcome", body, etag);
            if (!Step(outcome, $"case outcomes ({goal})")) return;
            status = goal;
            etag = outcome.NextETag;
        }
        if (close && status is "settled" or "not-settled" or "withdrawn")
            Step(await run.Api.Post(supervisor, $"{path}/closure", null, etag), "cases closed");
    }

    private static string Summary(DemoRegion region, string category) => (region.Iranian, category) switch
    {
        (true, "labour-wages") => "حقوق سه ماه گذشته پرداخت نشده است.",
        (true, "labour-dismissal") => "کارگر بدون رأی هیئت تشخیص اخراج شده است.",
        (true, "labour-contract") => "اختلاف بر سر تمدید قرارداد موقت.",
        (true, "family") => "اختلاف خانوادگی درباره نفقه.",
        (true, _) => "درخواست مشاوره حقوقی.",
        (false, "labour-wages") => "Зарплата не выплачена за три месяца.",
        (false, "labour-dismissal") => "Работник уволен без законных оснований.",
        (false, "labour-contract") => "Спор о продлении срочного договора.",
        (false, "family") => "Семейный спор об алиментах.",
        _ => "Запрос юридической консультации.",
    };

    private bool Step(Reply reply, string kind)
    {
        if (reply.Ok) { run.Tally.Created(kind); return true; }
        run.Tally.Failed(kind, "step", reply);
        return false;
    }
}
