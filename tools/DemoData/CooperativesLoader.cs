using System.Globalization;
using System.Text.Json;

namespace LabourWelfare.DemoData;

/// <summary>
/// Cooperatives registered with their founding members in one call (the natural key is the registration number),
/// most of them activated, a few suspended, an annual return for last year, and renewable energy projects.
/// </summary>
public sealed class CooperativesLoader(Run run)
{
    private const string Base = "/api/cooperatives/cooperatives";
    private static readonly PersianCalendar Persian = new();

    private sealed record Plan(DemoRegion Region, int Index, string Number);

    public async Task LoadAsync()
    {
        var plans = new List<Plan>();
        var existing = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var region in DemoRegion.All)
        {
            var count = region.Count(1250, run.Scale);
            for (var i = 1; i <= count; i++) plans.Add(new Plan(region, i, $"COOP-{region.Prefix}-{i:D4}"));
            var registrar = run.Officers.For("registrar", region.Code);
            foreach (var c in await run.Api.All(registrar, $"{Base}?search=COOP-{region.Prefix}-"))
                existing[c.GetProperty("registrationNumber").GetString()!] = c;
        }
        await run.ForEach("cooperatives", plans, p => LoadOne(p, existing.GetValueOrDefault(p.Number)));
    }

    private async Task LoadOne(Plan plan, JsonElement existing)
    {
        var region = plan.Region;
        var random = Seeds.For($"cooperative/{plan.Number}");
        var registrar = run.Officers.For("registrar", region.Code, plan.Index);
        var sector = random.Weighted(("agriculture", 26), ("production", 20), ("services", 14), ("consumer", 10),
            ("housing", 12), ("renewable-energy", 12), ("credit", 6));
        var county = random.Pick(region.Counties);
        var registeredOn = run.Anchor.AddDays(-random.Next(60, 365 * 12));
        var founders = random.Next(7, 12) + (random.Chance(0.5) ? random.Next(0, 30) : random.Next(0, 8));
        var name = CooperativeName(region, sector, county, random, plan.Index);
        var fate = random.Weighted(("active", 86), ("registered", 9), ("suspended", 5));
        var suspension = random.Pick(new[] { "irregularities", "missing-annual-returns", "court-order" });

        Guid id;
        string status;
        string? etag;
        if (existing.ValueKind == JsonValueKind.Object)
        {
            run.Tally.Present("cooperatives");
            id = existing.GetProperty("id").GetGuid();
            status = existing.GetProperty("status").GetString()!;
            etag = null;
        }
        else
        {
            var shares = Seeds.For($"cooperative/{plan.Number}/members");
            var members = Enumerable.Range(0, founders).Select(m =>
            {
                var person = People.Make(region, People.Kind.Member, plan.Index * 64 + m);
                return new { nationalId = person.NationalId, fullName = person.FullName, shares = shares.Next(1, 40) * 5 };
            }).ToList();
            var body = new
            {
                name, region = region.Code,
                registrationNumber = plan.Number, sector, county, registeredOn = registeredOn.ToString("yyyy-MM-dd"),
                foundingMembers = members,
            };
            var reply = await run.Api.Create(registrar, Base, body, $"cooperative/{plan.Number}");
            if (!reply.Ok)
            {
                if (reply.Code == "registration-number-taken") run.Tally.Present("cooperatives");
                else run.Tally.Failed("cooperatives", plan.Number, reply);
                return;
            }
            run.Tally.Created("cooperatives", reply);
            for (var m = 0; m < founders; m++) run.Tally.Created("  members (founders)", reply);
            id = reply.Id;
            status = reply.Body.GetProperty("status").GetString()!;
            etag = reply.ETag;
        }

        if (status == "registered" && fate != "registered")
        {
            etag ??= (await run.Api.Get(registrar, $"{Base}/{id}")).ETag;
            var activated = await run.Api.Post(registrar, $"{Base}/{id}/activate", null, etag);
            if (Transition(activated, "cooperatives activated")) { status = "active"; etag = activated.ETag; }
        }
        if (status == "active" && fate == "suspended")
        {
            var suspended = await run.Api.Post(registrar, $"{Base}/{id}/suspend", new { reason = suspension }, etag);
            if (Transition(suspended, "cooperatives suspended")) status = "suspended";
        }
        if (status == "active") await AnnualReturn(plan, id, registrar, registeredOn, Seeds.For($"cooperative/{plan.Number}/return"));
        var energy = Seeds.For($"cooperative/{plan.Number}/energy");
        if (sector == "renewable-energy" || (sector == "agriculture" && energy.Chance(0.1)))
            await EnergyProjects(plan, id, registrar, status, energy);
    }

    private bool Transition(Reply reply, string kind)
    {
        if (reply.Ok) { run.Tally.Created(kind); return true; }
        run.Tally.Failed(kind, "transition", reply);
        return false;
    }

    /// <summary>Last year's return, in the region's calendar (Solar Hijri in Iran).</summary>
    private async Task AnnualReturn(Plan plan, Guid id, Officer registrar, DateOnly registeredOn, Random random)
    {
        var lastYear = Year(plan.Region, run.Anchor) - 1;
        if (Year(plan.Region, registeredOn) > lastYear) return;
        var jobs = random.Next(3, 60);
        var revenue = plan.Region.Amount(jobs * random.Next(300, 1500) * 1_000_000m);
        var reply = await run.Api.Create(registrar, $"{Base}/{id}/annual-returns",
            new { year = lastYear, jobsProvided = jobs, revenue = new { amount = revenue, currency = plan.Region.Currency } },
            $"annual-return/{plan.Number}/{lastYear}");
        if (reply.Ok) run.Tally.Created("annual returns", reply);
        else if (reply.Code == "annual-return-exists") run.Tally.Present("annual returns");
        else run.Tally.Failed("annual returns", plan.Number, reply);
    }

    private static int Year(DemoRegion region, DateOnly date) =>
        region.Iranian ? Persian.GetYear(date.ToDateTime(TimeOnly.MinValue)) : date.Year;

    private async Task EnergyProjects(Plan plan, Guid id, Officer registrar, string status, Random random)
    {
        if (status is not ("registered" or "active")) return;
        var existing = (await run.Api.All(registrar, $"{Base}/{id}/energy-projects"))
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("status").GetString()!);
        var count = random.Weighted((1, 6), (2, 3), (3, 1));
        for (var n = 1; n <= count; n++)
        {
            var technology = random.Weighted(("solar", 80), ("wind", 12), ("biomass", 5), ("hydro", 3));
            var name = plan.Region.Iranian
                ? $"نیروگاه {(technology == "solar" ? "خورشیدی" : technology == "wind" ? "بادی" : "تجدیدپذیر")} {plan.Number}-{n}"
                : $"{(technology == "solar" ? "Солнечная" : technology == "wind" ? "Ветровая" : "ВИЭ")} станция {plan.Number}-{n}";
            var capacity = Math.Round((decimal)(random.NextDouble() * random.NextDouble() * 4.5 + 0.1), 2);
            var goal = random.Weighted(("operational", 55), ("installing", 25), ("planned", 20));
            var path = $"{Base}/{id}/energy-projects";
            string current;
            Guid projectId;
            string? etag = null;
            if (existing.TryGetValue(name, out var found))
            {
                run.Tally.Present("energy projects");
                current = found;
                if (current == goal || current == "operational") continue;
                var list = await run.Api.All(registrar, path);
                projectId = list.First(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
            }
            else
            {
                var created = await run.Api.Create(registrar, path, new { name, technology, capacityMw = capacity }, $"energy/{plan.Number}/{n}");
                if (!created.Ok) { run.Tally.Failed("energy projects", name, created); continue; }
                run.Tally.Created("energy projects", created);
                current = created.Body.GetProperty("status").GetString()!;
                projectId = created.Id;
                etag = created.ETag;
            }
            if (goal == "planned") continue;
            etag ??= (await run.Api.Get(registrar, $"{path}/{projectId}")).ETag;
            if (current == "planned")
            {
                var started = await run.Api.Post(registrar, $"{path}/{projectId}/start-installation", null, etag);
                if (!Transition(started, "energy projects installing")) continue;
                etag = started.ETag;
            }
            if (goal == "operational")
                Transition(await run.Api.Post(registrar, $"{path}/{projectId}/commission", null, etag), "energy projects commissioned");
        }
    }

    private static string CooperativeName(DemoRegion region, string sector, string county, Random random, int index)
    {
        if (region.Iranian)
        {
            var kind = sector switch
            {
                "agriculture" => random.Pick(new[] { "تولید کشاورزی", "باغداران", "دامداران", "زعفران‌کاران" }),
                "production" => random.Pick(new[] { "تولیدی فرش دستباف", "تولیدی صنایع دستی", "تولیدی پوشاک", "تولیدی لبنیات" }),
                "services" => random.Pick(new[] { "خدماتی حمل و نقل", "خدمات فنی", "خدمات گردشگری" }),
                "consumer" => random.Pick(new[] { "مصرف کارکنان", "مصرف فرهنگیان", "مصرف کارگران" }),
                "housing" => random.Pick(new[] { "مسکن کارگران", "مسکن کارکنان", "مسکن فرهنگیان" }),
                "renewable-energy" => random.Pick(new[] { "انرژی خورشیدی", "نیروگاه‌های تجدیدپذیر", "برق سبز" }),
                _ => random.Pick(new[] { "اعتبار", "اعتبار کارکنان" }),
            };
            return $"تعاونی {kind} {county} شماره {index}";
        }
        var ru = sector switch
        {
            "agriculture" => "Сельскохозяйственный кооператив",
            "production" => "Производственный кооператив",
            "services" => "Кооператив услуг",
            "consumer" => "Потребительский кооператив",
            "housing" => "Жилищный кооператив",
            "renewable-energy" => "Энергетический кооператив",
            _ => "Кредитное товарищество",
        };
        return $"{ru} «{random.Pick(new[] { "Береке", "Достык", "Алатау", "Жетысу", "Нур", "Самал", "Тулпар", "Асыл" })}-{index}» ({county})";
    }
}
