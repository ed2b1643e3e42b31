using System.Text.Json;

namespace LabourWelfare.DemoData;

/// <summary>
/// Per region: aid programmes (natural key: name), beneficiaries (national id), applications (programme +
/// beneficiary) recorded by one aid officer and decided by another (maker-checker), and disbursements of some.
/// </summary>
public sealed class AidLoader(Run run)
{
    private const string Base = "/api/aid";

    private sealed record Programme(string Key, string Kind, int? MaxDecile, string[] TargetGroups, decimal BenefitIrr, string Fa, string Ru);

    private static readonly Programme[] Programmes =
    [
        new("coupon", "electronic-food-coupon", 8, [], 5_000_000m, "کالابرگ الکترونیکی", "Электронный продуктовый купон"),
        new("basket", "food-basket", 4, ["low-income"], 12_000_000m, "سبد غذایی خانوارهای کم‌درآمد", "Продуктовая корзина"),
        new("accident", "cash-grant", null, ["accident-victim"], 60_000_000m, "کمک نقدی به آسیب‌دیدگان حوادث کار", "Денежная помощь пострадавшим на производстве"),
        new("dismissed", "cash-grant", null, ["dismissed-worker"], 40_000_000m, "کمک نقدی به کارگران اخراجی", "Помощь уволенным работникам"),
        new("sanatorium", "sanatorium-voucher", 6, ["recovering-from-illness"], 25_000_000m, "بن آسایشگاه برای بهبودیافتگان", "Санаторная путёвка"),
    ];

    /// <summary>Programmes whose budget cannot cover another benefit: approvals are not tried again.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, bool> _exhausted = new();

    public async Task LoadAsync()
    {
        var programmeIds = new Dictionary<(string, string), (Guid Id, Programme P)>();
        foreach (var region in DemoRegion.All)
            foreach (var p in Programmes)
                if (await EnsureProgramme(region, p) is { } id) programmeIds[(region.Code, p.Key)] = (id, p);

        var beneficiaries = new Dictionary<string, Guid>();
        var applications = new Dictionary<(Guid, Guid), JsonElement>();
        foreach (var region in DemoRegion.All)
        {
            var officer = run.Officers.For("aid-officer", region.Code);
            foreach (var b in await run.Api.All(officer, $"{Base}/beneficiaries"))
                beneficiaries[b.GetProperty("nationalId").GetString()!] = b.GetProperty("id").GetGuid();
            foreach (var a in await run.Api.All(officer, $"{Base}/applications?origin=officer"))
                applications[(a.GetProperty("programmeId").GetGuid(), a.GetProperty("beneficiaryId").GetGuid())] = a;
        }

        var people = DemoRegion.All.SelectMany(r => Enumerable.Range(1, r.Count(3000, run.Scale)).Select(i => (Region: r, Index: i))).ToList();
        await run.ForEach("beneficiaries and applications", people, async x =>
        {
            var person = People.Make(x.Region, People.Kind.Beneficiary, x.Index);
            var random = Seeds.For($"beneficiary/{x.Region.Code}/{x.Index}");
            var decile = random.Weighted((random.Next(1, 4), 40), (random.Next(4, 7), 35), (random.Next(7, 11), 25));
            var groups = new List<string>();
            if (decile <= 4) groups.Add("low-income");
            if (random.Chance(0.08)) groups.Add("recovering-from-illness");
            if (random.Chance(0.05)) groups.Add("dismissed-worker");
            var household = random.Next(1, 8);
            var wanted = new List<string> { "coupon" };
            if (groups.Contains("low-income") || random.Chance(0.15)) wanted.Add("basket");
            if (groups.Contains("recovering-from-illness")) wanted.Add("sanatorium");
            if (groups.Contains("dismissed-worker")) wanted.Add("dismissed");
            var decisions = wanted.Select(_ => (Decide: random.Chance(0.8), Pay: random.Chance(0.6))).ToList();

            var recorder = run.Officers.For("aid-officer", x.Region.Code, 2 * x.Index);      // even slots record
            var checker = run.Officers.For("aid-officer", x.Region.Code, 2 * x.Index + 1);   // odd slots decide
            if (!beneficiaries.TryGetValue(person.NationalId, out var beneficiaryId))
            {
                var reply = await run.Api.Create(recorder, $"{Base}/beneficiaries", new
                {
                    nationalId = person.NationalId, fullName = person.FullName, region = x.Region.Code, householdSize = household,
                    incomeDecile = decile, targetGroups = groups,
                }, $"beneficiary/{person.NationalId}");
                if (reply.Ok) { run.Tally.Created("beneficiaries", reply); beneficiaryId = reply.Id; }
                else if (reply.Code == "beneficiary-exists")
                {
                    run.Tally.Present("beneficiaries");
                    beneficiaryId = (await run.Api.Post(recorder, $"{Base}/beneficiaries/search", new { nationalId = person.NationalId }, null)).Id;
                }
                else { run.Tally.Failed("beneficiaries", x.Region.Code, reply); return; }
            }
            else run.Tally.Present("beneficiaries");

            for (var k = 0; k < wanted.Count; k++)
            {
                if (!programmeIds.TryGetValue((x.Region.Code, wanted[k]), out var programme)) continue;
                var eligible = (programme.P.MaxDecile is not { } max || decile <= max)
                    && (programme.P.TargetGroups.Length == 0 || programme.P.TargetGroups.Any(groups.Contains));
                await Apply(x.Region, programme.Id, programme.P, beneficiaryId, person, eligible, decisions[k],
                    applications.GetValueOrDefault((programme.Id, beneficiaryId)), recorder, checker);
            }
        });
    }

    private async Task<Guid?> EnsureProgramme(DemoRegion region, Programme p)
    {
        var officer = run.Officers.For("aid-officer", region.Code);
        var name = region.Iranian ? $"{p.Fa} {region.Code}" : $"{p.Ru} (Алматы)";
        var list = await run.Api.All(officer, $"{Base}/programmes?kind={p.Kind}");
        var found = list.FirstOrDefault(x => x.GetProperty("name").GetString() == name);
        Guid id;
        string status;
        if (found.ValueKind == JsonValueKind.Object)
        {
            run.Tally.Present("aid programmes");
            id = found.GetProperty("id").GetGuid();
            status = found.GetProperty("status").GetString()!;
            if (found.TryGetProperty("budgetExhaustedAt", out var exhausted) && exhausted.ValueKind != JsonValueKind.Null)
                _exhausted[id] = true;
        }
        else
        {
            var benefit = region.Amount(p.BenefitIrr);
            // Sized for the full data set whatever the scale, so a small run followed by a full one keeps working.
            var people = region.Count(3000, 1.0);
            var reply = await run.Api.Create(officer, $"{Base}/programmes", new
            {
                name, region = region.Code, kind = p.Kind, maxDecile = p.MaxDecile, targetGroups = p.TargetGroups,
                startsOn = run.Anchor.AddDays(-300).ToString("yyyy-MM-dd"), endsOn = run.Anchor.AddDays(700).ToString("yyyy-MM-dd"),
                benefitAmount = benefit, budgetAmount = benefit * people * 2, currency = region.Currency,
            }, $"programme/{region.Code}/{p.Key}");
            if (!reply.Ok) { run.Tally.Failed("aid programmes", name, reply); return null; }
            run.Tally.Created("aid programmes", reply);
            id = reply.Id;
            status = "draft";
        }
        if (status == "draft")
        {
            var current = await run.Api.Get(officer, $"{Base}/programmes/{id}");
            var activated = await run.Api.Post(officer, $"{Base}/programmes/{id}/activate", null, current.ETag);
            if (activated.Ok) run.Tally.Created("aid programmes activated"); else run.Tally.Failed("aid programmes activated", name, activated);
        }
        return id;
    }

    private async Task Apply(DemoRegion region, Guid programmeId, Programme p, Guid beneficiaryId, People.Person person, bool eligible,
        (bool Decide, bool Pay) plan, JsonElement existing, Officer recorder, Officer checker)
    {
        Guid id;
        string status;
        string? etag = null;
        if (existing.ValueKind == JsonValueKind.Object)
        {
            run.Tally.Present("aid applications");
            id = existing.GetProperty("id").GetGuid();
            status = existing.GetProperty("status").GetString()!;
        }
        else
        {
            var reply = await run.Api.Create(recorder, $"{Base}/applications", new { programmeId, beneficiaryId }, $"application/{programmeId}/{person.NationalId}");
            if (!reply.Ok)
            {
                if (reply.Code == "open-application-exists") run.Tally.Present("aid applications");
                else run.Tally.Failed("aid applications", p.Key, reply);
                return;
            }
            run.Tally.Created("aid applications", reply);
            id = reply.Id;
            status = reply.Body.GetProperty("status").GetString()!;
            etag = reply.ETag;
        }
        var path = $"{Base}/applications/{id}";
        if (status == "submitted" && plan.Decide && eligible && _exhausted.ContainsKey(programmeId))
        {
            run.Tally.Present("aid applications left (budget exhausted)");
            return;
        }
        if (status == "submitted" && plan.Decide)
        {
            etag ??= (await run.Api.Get(checker, path)).ETag;
            var decided = eligible
                ? await run.Api.Post(checker, $"{path}/approve", null, etag)
                : await run.Api.Post(checker, $"{path}/reject", new { note = "Outside the programme's rules" }, etag);
            var kind = eligible ? "aid applications approved" : "aid applications rejected";
            if (decided.Code == "budget-exhausted") { _exhausted[programmeId] = true; run.Tally.Present("aid applications left (budget exhausted)"); return; }
            if (!decided.Ok) { run.Tally.Failed(kind, p.Key, decided); return; }
            run.Tally.Created(kind);
            status = eligible ? "approved" : "rejected";
        }
        if (status == "approved" && plan.Pay)
        {
            var reference = $"DEMO-{region.Prefix}-{p.Key.ToUpperInvariant()}-{person.NationalId[^6..]}{person.NationalId[..2]}";
            var paid = await run.Api.Create(checker, $"{path}/disbursements", new
            {
                amount = region.Amount(p.BenefitIrr), currency = region.Currency, reference,
            }, $"disbursement/{reference}");
            if (paid.Ok) run.Tally.Created("aid disbursements", paid);
            else if (paid.Code == "reference-taken") run.Tally.Present("aid disbursements");
            else run.Tally.Failed("aid disbursements", p.Key, paid);
        }
    }
}
