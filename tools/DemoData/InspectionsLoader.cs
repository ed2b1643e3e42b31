using System.Text.Json;

namespace LabourWelfare.DemoData;

/// <summary>
/// Per region: the "safe-work" checklist, workplaces (natural key: registration number WP-..), health ambassadors,
/// two years of inspections with answers, violations, recommendations and supplies (natural key: workplace and
/// scheduled date), and accident case files (natural key: workplace and time of the accident).
/// </summary>
public sealed class InspectionsLoader(Run run)
{
    private const string Base = "/api/inspections";

    public sealed record WorkplacePlan(DemoRegion Region, int Index, string Number, string Sector, int Workforce, string Name, string Employer, string County);

    private sealed record Item(string Code, string Topic, string Severity, string Fa, string Ru, string En);

    private static readonly Item[] Checklist =
    [
        new("ppe-1", "ppe", "major", "کارگران تجهیزات حفاظت فردی لازم را به کار می‌برند", "Работники используют необходимые СИЗ", "Workers wear the required PPE"),
        new("ppe-2", "ppe", "minor", "ماسک به اندازه کافی در دسترس است", "Маски доступны в достаточном количестве", "Masks are available"),
        new("hyg-1", "hygiene", "minor", "سرویس‌های بهداشتی تمیز و صابون در دسترس است", "Санузлы чистые, есть мыло", "Washrooms clean, soap available"),
        new("dist-1", "distancing", "minor", "فاصله‌گذاری در محیط کار رعایت می‌شود", "Соблюдается дистанция", "Distancing is kept"),
        new("remote-1", "remote-work", "minor", "کارکنان اداری قابل دورکاری، دورکار هستند", "Офисный персонал работает удалённо, где возможно", "Office staff work remotely where possible"),
        new("aid-1", "first-aid", "major", "جعبه کمک‌های اولیه کامل و امدادگر آموزش‌دیده در شیفت حاضر است", "Аптечка укомплектована, обученный сотрудник на смене", "First-aid kit stocked, trained first-aider on shift"),
        new("fire-1", "fire-safety", "critical", "کپسول‌های آتش‌نشانی سالم و مسیرهای خروج باز است", "Огнетушители исправны, выходы свободны", "Extinguishers inspected, exits clear"),
        new("fire-2", "fire-safety", "major", "نقشه تخلیه اضطراری نصب و تمرین شده است", "План эвакуации вывешен и отработан", "Evacuation plan posted and drilled"),
    ];

    public async Task LoadAsync()
    {
        foreach (var region in DemoRegion.All) await EnsureChecklist(region);

        var plans = DemoRegion.All.SelectMany(r => Enumerable.Range(1, r.Count(2000, run.Scale)).Select(i => PlanWorkplace(r, i))).ToList();
        var workplaces = new Dictionary<string, JsonElement>();
        var inspections = new Dictionary<(Guid, string), JsonElement>();
        var accidents = new Dictionary<(Guid, long), JsonElement>();
        foreach (var region in DemoRegion.All)
        {
            var inspector = run.Officers.For("inspector", region.Code);
            foreach (var w in await run.Api.All(inspector, $"{Base}/workplaces"))
                workplaces[w.GetProperty("registrationNumber").GetString()!] = w;
            foreach (var i in await run.Api.All(inspector, $"{Base}/inspections"))
                if (i.GetProperty("followUpOf").ValueKind == JsonValueKind.Null)
                    inspections[(i.GetProperty("workplaceId").GetGuid(), i.GetProperty("scheduledOn").GetString()!)] = i;
            foreach (var a in await run.Api.All(inspector, $"{Base}/accidents"))
                accidents[(a.GetProperty("workplaceId").GetGuid(), a.GetProperty("occurredAt").GetDateTimeOffset().UtcTicks)] = a;
        }

        var ids = new System.Collections.Concurrent.ConcurrentDictionary<string, Guid>();
        await run.ForEach("workplaces", plans, async p =>
        {
            if (await EnsureWorkplace(p, workplaces.GetValueOrDefault(p.Number)) is { } id) ids[p.Number] = id;
        });
        await run.ForEach("inspections (by workplace)", plans, async p =>
        {
            if (ids.TryGetValue(p.Number, out var id)) await Inspect(p, id, inspections);
        });

        var accidentPlans = DemoRegion.All.SelectMany(r => PlanAccidents(r, plans.Where(p => p.Region == r).ToList())).ToList();
        await run.ForEach("accident files", accidentPlans, a =>
            ids.TryGetValue(a.Workplace.Number, out var id) ? Accident(a, id, accidents) : Task.CompletedTask);
    }

    private async Task EnsureChecklist(DemoRegion region)
    {
        var inspector = run.Officers.For("inspector", region.Code);
        var existing = await run.Api.Get(inspector, $"{Base}/checklists?code=safe-work");
        if (existing.Ok && existing.Body.GetProperty("items").GetArrayLength() > 0) { run.Tally.Present("checklists"); return; }
        var body = new
        {
            code = "safe-work",
            title = region.Iranian ? "کار ایمن" : "Безопасный труд",
            items = Checklist.Select(i => new
            {
                code = i.Code, topic = i.Topic, severity = i.Severity,
                texts = new Dictionary<string, string> { ["fa-IR"] = i.Fa, ["ru-KZ"] = i.Ru, ["en"] = i.En },
            }),
        };
        var reply = await run.Api.Create(inspector, $"{Base}/checklists", body, $"checklist/{region.Code}/safe-work");
        if (reply.Ok) run.Tally.Created("checklists", reply); else run.Tally.Failed("checklists", region.Code, reply);
    }

    private WorkplacePlan PlanWorkplace(DemoRegion region, int index)
    {
        var number = $"WP-{region.Prefix}-{index:D5}";
        var random = Seeds.For($"workplace/{number}");
        var sector = random.Weighted(("industry", 30), ("services", 30), ("construction", 20), ("agriculture", 20));
        var workforce = random.Weighted((random.Next(3, 20), 50), (random.Next(20, 51), 25), (random.Next(51, 250), 20), (random.Next(250, 1500), 5));
        var county = random.Pick(region.Counties);
        var (name, employer) = WorkplaceNames.Make(region, sector, county, random, index);
        return new WorkplacePlan(region, index, number, sector, workforce, name, employer, county);
    }

    private async Task<Guid?> EnsureWorkplace(WorkplacePlan p, JsonElement existing)
    {
        var inspector = run.Officers.For("inspector", p.Region.Code, p.Index);
        var random = Seeds.For($"workplace/{p.Number}/ambassador");
        var wantsAmbassador = random.Chance(0.8);
        var ambassador = People.Make(p.Region, People.Kind.Injured, 900_000 + p.Index);
        Guid id;
        bool missing;
        if (existing.ValueKind == JsonValueKind.Object)
        {
            run.Tally.Present("workplaces");
            id = existing.GetProperty("id").GetGuid();
            missing = existing.GetProperty("missingAmbassador").GetBoolean();
        }
        else
        {
            var reply = await run.Api.Create(inspector, $"{Base}/workplaces", new
            {
                name = p.Name, region = p.Region.Code, county = p.County, sector = p.Sector, workforceSize = p.Workforce,
                employerName = p.Employer, registrationNumber = p.Number,
            }, $"workplace/{p.Number}");
            if (!reply.Ok) { run.Tally.Failed("workplaces", p.Number, reply); return null; }
            run.Tally.Created("workplaces", reply);
            id = reply.Id;
            missing = reply.Body.GetProperty("missingAmbassador").GetBoolean();
        }
        if (missing && wantsAmbassador)
        {
            var appointed = run.Anchor.AddDays(-random.Next(30, 600));
            var reply = await run.Api.Create(inspector, $"{Base}/workplaces/{id}/ambassadors", new
            {
                fullName = ambassador.FullName, appointedOn = appointed.ToString("yyyy-MM-dd"), trainedOn = appointed.AddDays(-20).ToString("yyyy-MM-dd"),
            }, $"ambassador/{p.Number}");
            if (reply.Ok) run.Tally.Created("health ambassadors", reply);
            else if (reply.Code == "ambassador-already-active") run.Tally.Present("health ambassadors");
            else run.Tally.Failed("health ambassadors", p.Number, reply);
        }
        return id;
    }

    private async Task Inspect(WorkplacePlan p, Guid workplaceId, Dictionary<(Guid, string), JsonElement> existing)
    {
        var random = Seeds.For($"inspections/{p.Number}");
        var risky = p.Sector is "construction" or "industry" || p.Workforce > 50;
        var count = random.Weighted((0, risky ? 5 : 20), (1, 35), (2, 30), (3, risky ? 20 : 8), (4, risky ? 10 : 2));
        var dates = new HashSet<DateOnly>();
        for (var n = 0; n < count; n++)
        {
            var goal = random.Weighted(("completed", 86), ("cancelled", 4), ("in-progress", 2), ("scheduled", 8));
            var on = goal switch
            {
                "scheduled" => run.Anchor.AddDays(random.Next(1, 60)),
                "in-progress" => run.Anchor.AddDays(-random.Next(1, 10)),
                _ => run.Anchor.AddDays(-random.Next(11, 730)),
            };
            var findings = Seeds.For($"inspection/{p.Number}/{on:yyyy-MM-dd}");
            if (!dates.Add(on)) continue;
            await InspectOnce(p, workplaceId, on, goal, findings, existing.GetValueOrDefault((workplaceId, on.ToString("yyyy-MM-dd"))));
        }
    }

    private async Task InspectOnce(WorkplacePlan p, Guid workplaceId, DateOnly on, string goal, Random random, JsonElement existing)
    {
        var inspector = run.Officers.For("inspector", p.Region.Code, p.Index);
        var path = $"{Base}/inspections";
        Guid id;
        string status;
        string? etag = null;
        if (existing.ValueKind == JsonValueKind.Object)
        {
            run.Tally.Present("inspections");
            id = existing.GetProperty("id").GetGuid();
            status = existing.GetProperty("status").GetString()!;
            if (status == goal || status is "completed" or "cancelled" || goal == "scheduled") return;
        }
        else
        {
            var created = await run.Api.Create(inspector, path, new
            {
                workplaceId, checklistCode = "safe-work", scheduledOn = on.ToString("yyyy-MM-dd"), inspectors = new[] { inspector.Subject },
            }, $"inspection/{p.Number}/{on:yyyy-MM-dd}");
            if (!created.Ok) { run.Tally.Failed("inspections", p.Number, created); return; }
            run.Tally.Created("inspections", created);
            id = created.Id;
            status = "scheduled";
            etag = created.ETag;
        }
        if (goal == "scheduled") return;
        etag ??= (await run.Api.Get(inspector, $"{path}/{id}")).ETag;
        if (goal == "cancelled")
        {
            Step(await run.Api.Post(inspector, $"{path}/{id}/cancel", new { reason = "Workplace closed on the day" }, etag), "inspections cancelled");
            return;
        }
        if (status == "scheduled")
        {
            var started = await run.Api.Post(inspector, $"{path}/{id}/start", null, etag);
            if (!Step(started, "inspections started")) return;
        }
        await Findings(p, id, on, random, inspector);
        if (goal != "completed") return;
        var current = await run.Api.Get(inspector, $"{path}/{id}");
        Step(await run.Api.Post(inspector, $"{path}/{id}/complete", null, current.ETag), "inspections completed");
    }

    private async Task Findings(WorkplacePlan p, Guid id, DateOnly on, Random random, Officer inspector)
    {
        var path = $"{Base}/inspections/{id}";
        var current = await run.Api.Get(inspector, path);
        var careless = random.NextDouble() * 0.3; // how often this visit finds things wrong
        var answers = Checklist.Select(i => new
        {
            itemCode = i.Code,
            answer = i.Code == "remote-1" && p.Sector == "construction" ? "not-applicable"
                : random.Chance(i.Severity == "critical" ? careless / 5 : careless) ? "non-compliant" : "compliant",
        }).ToList();
        var labour = random.Chance(0.03) ? random.Pick(new[] { "illegal-dismissal", "unpaid-wages" }) : null;
        var recommend = random.Chance(0.4);
        var supplies = random.Chance(0.3) ? random.Next(20, 400) : 0;
        if (current.Body.GetProperty("violations").GetArrayLength() > 0 || current.Body.GetProperty("answers").GetArrayLength() > 0)
            return; // recorded by an earlier run

        var reply = await run.Api.Post(inspector, $"{path}/answers", new { answers }, null);
        if (!Step(reply, "checklist answers (sets)")) return;
        foreach (var answer in answers.Where(a => a.answer == "non-compliant"))
        {
            var item = Checklist.First(i => i.Code == answer.itemCode);
            await Violation(p, path, inspector, random, on, item.Topic == "remote-work" ? "other" : item.Topic, item.Severity, item.En, item.Code);
        }
        if (labour is not null)
            await Violation(p, path, inspector, random, on, labour, "major",
                labour == "illegal-dismissal" ? "Workers dismissed without the board's decision" : "Wages unpaid for three months", null);
        if (recommend)
        {
            var kind = random.Weighted(("supply-ppe", 3), ("training", 3), ("ventilation", 2), ("remote-work", 1), ("distancing", 1));
            Step(await run.Api.Post(inspector, $"{path}/recommendations", new { kind, text = RecommendationText(p.Region, kind) }, null), "recommendations");
        }
        if (supplies > 0)
            Step(await run.Api.Post(inspector, $"{path}/supplies", new { item = random.Pick(new[] { "masks", "sanitiser", "gloves", "leaflets" }), quantity = supplies }, null), "supply handouts");
    }

    private async Task Violation(WorkplacePlan p, string path, Officer inspector, Random random, DateOnly on, string category, string severity, string description, string? itemCode)
    {
        var penalty = severity switch
        {
            "critical" => p.Region.Amount(random.Next(100, 500) * 1_000_000m),
            "major" => p.Region.Amount(random.Next(20, 150) * 1_000_000m),
            _ => 0m,
        };
        var reply = await run.Api.Post(inspector, $"{path}/violations", new
        {
            category, severity, description, itemCode,
            provision = category is "illegal-dismissal" ? "Labour Law art. 27" : category is "unpaid-wages" ? "Labour Law art. 37" : "OSH Regulation art. 85",
            correctiveDeadline = severity == "minor" ? null : Deadline(on).ToString("yyyy-MM-dd"),
            penaltyAmount = penalty == 0 ? (decimal?)null : penalty,
        }, null);
        Step(reply, "violations");
    }

    /// <summary>
    /// 30 days after the visit; the service refuses deadlines in the past (a violation is recorded today, whatever
    /// the visit's date), so old visits get 30 days from today.
    /// </summary>
    private static DateOnly Deadline(DateOnly visit)
    {
        var fromToday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        return visit.AddDays(30) < fromToday ? fromToday : visit.AddDays(30);
    }

    private static string RecommendationText(DemoRegion region, string kind) => (region.Iranian, kind) switch
    {
        (true, "supply-ppe") => "تهیه کلاه ایمنی و دستکش برای همه کارگران",
        (true, "training") => "برگزاری دوره آموزش ایمنی برای کارگران جدید",
        (true, "ventilation") => "بهبود تهویه سالن تولید",
        (true, "remote-work") => "دورکاری کارکنان اداری",
        (true, _) => "رعایت فاصله در سالن غذاخوری",
        (false, "supply-ppe") => "Обеспечить всех работников касками и перчатками",
        (false, "training") => "Провести инструктаж по охране труда для новых работников",
        (false, "ventilation") => "Улучшить вентиляцию цеха",
        (false, "remote-work") => "Перевести офисный персонал на удалённую работу",
        _ => "Соблюдать дистанцию в столовой",
    };

    private bool Step(Reply reply, string kind)
    {
        if (reply.Ok) { run.Tally.Created(kind); return true; }
        run.Tally.Failed(kind, "step", reply);
        return false;
    }

    // ---- accidents ----

    private sealed record AccidentPlan(WorkplacePlan Workplace, int Index, DateTimeOffset OccurredAt);

    private IEnumerable<AccidentPlan> PlanAccidents(DemoRegion region, List<WorkplacePlan> workplaces)
    {
        var random = Seeds.For($"accidents/{region.Code}");
        var count = region.Count(320, run.Scale);
        var weighted = workplaces.Select(w => (w, w.Sector switch { "construction" => 6, "industry" => 4, "agriculture" => 2, _ => 1 })).ToArray();
        var seen = new HashSet<(string, DateTimeOffset)>();
        for (var i = 1; i <= count; i++)
        {
            var workplace = random.Weighted(weighted);
            // Construction accidents fall in the second year (the office's "down 47%"); the rest evenly.
            var recent = random.Chance(workplace.Sector == "construction" ? 0.35 : 0.5);
            var day = recent ? random.Next(1, 365) : random.Next(365, 730);
            var at = new DateTimeOffset(run.Anchor.AddDays(-day).ToDateTime(new TimeOnly(random.Next(6, 19), random.Next(0, 4) * 15)), TimeSpan.Zero);
            if (seen.Add((workplace.Number, at))) yield return new AccidentPlan(workplace, region.Number * 100_000 + i, at);
        }
    }

    private async Task Accident(AccidentPlan a, Guid workplaceId, Dictionary<(Guid, long), JsonElement> existing)
    {
        var region = a.Workplace.Region;
        var random = Seeds.For($"accident/{a.Index}");
        var inspector = run.Officers.For("inspector", region.Code, a.Index);
        var severity = random.Weighted(("minor", 58), ("serious", 34), ("fatal", 8));
        var kind = random.Chance(0.06) ? "occupational-disease" : "accident";
        var injured = Enumerable.Range(0, random.Weighted((1, 80), (2, 14), (3, 6))).Select(k =>
        {
            var person = People.Make(region, People.Kind.Injured, a.Index * 4 + k);
            return new { nationalId = person.NationalId, fullName = person.FullName, injurySeverity = k == 0 ? severity : "minor" };
        }).ToList();
        var (description, rootCategory, rootCause, action) = AccidentStory(a.Workplace.Sector, kind, random);
        var age = (run.Anchor.ToDateTime(TimeOnly.MinValue) - a.OccurredAt.UtcDateTime).TotalDays;
        var goal = age > 120 ? (random.Chance(0.92) ? "closed" : "under-investigation") : age > 30 ? "under-investigation" : "reported";

        var path = $"{Base}/accidents";
        Guid id;
        string status;
        string? etag = null;
        if (existing.TryGetValue((workplaceId, a.OccurredAt.UtcTicks), out var found))
        {
            run.Tally.Present("accident files");
            id = found.GetProperty("id").GetGuid();
            status = found.GetProperty("status").GetString()!;
        }
        else
        {
            var reply = await run.Api.Create(inspector, path, new
            {
                workplaceId, occurredAt = a.OccurredAt, severity, kind, description, injured,
            }, $"accident/{a.Workplace.Number}/{a.OccurredAt:yyyy-MM-ddTHH:mm}");
            if (!reply.Ok) { run.Tally.Failed("accident files", a.Workplace.Number, reply); return; }
            run.Tally.Created("accident files", reply);
            id = reply.Id;
            status = "reported";
            etag = reply.ETag;
        }
        if (goal == "reported" || status == "closed" || status == goal) return;
        etag ??= (await run.Api.Get(inspector, $"{path}/{id}")).ETag;
        if (status == "reported")
        {
            var investigating = await run.Api.Post(inspector, $"{path}/{id}/investigate", new { investigator = inspector.Subject }, etag);
            if (!Step(investigating, "accident investigations")) return;
            etag = investigating.ETag;
        }
        if (goal == "closed")
            Step(await run.Api.Post(inspector, $"{path}/{id}/close", new { rootCauseCategory = rootCategory, rootCause, correctiveActions = new[] { action } }, etag), "accident files closed");
    }

    private static (string, string, string, string) AccidentStory(string sector, string kind, Random random)
    {
        if (kind == "occupational-disease")
            return ("Occupational dermatitis after long exposure to solvents", "missing-ppe", "No gloves for solvent work", "Nitrile gloves and exposure rotation");
        return sector switch
        {
            "construction" => random.Pick(new[]
            {
                ("Fall from scaffolding", "missing-ppe", "No harness on the upper deck", "Harnesses and guard rails on every deck"),
                ("Struck by falling material", "unsafe-condition", "Unsecured load on the crane", "Lifting plan and exclusion zone"),
                ("Trench collapse", "organisation", "Shoring skipped to save time", "Shoring checked before every shift"),
            }),
            "industry" => random.Pick(new[]
            {
                ("Hand caught in a press", "machinery-failure", "Guard interlock bypassed", "Interlocks repaired and sealed"),
                ("Burn from molten metal", "missing-ppe", "No face shield at the furnace", "Face shields and aprons issued"),
                ("Electric shock at a control panel", "training", "Untrained worker opened a live panel", "Lock-out/tag-out training"),
            }),
            "agriculture" => random.Pick(new[]
            {
                ("Tractor rollover", "unsafe-act", "Driving across a steep slope", "Roll bars fitted; slope rules"),
                ("Pesticide poisoning", "missing-ppe", "Spraying without a respirator", "Respirators and spraying schedule"),
            }),
            _ => random.Pick(new[]
            {
                ("Slip on a wet floor", "unsafe-condition", "Floor mopped without signs", "Warning signs and mats"),
                ("Back injury lifting boxes", "training", "Manual handling not taught", "Manual-handling training and trolleys"),
            }),
        };
    }
}
