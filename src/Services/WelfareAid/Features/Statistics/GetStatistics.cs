using LabourWelfare.ServiceDefaults;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Statistics;

public sealed record StatusCount(ApplicationStatus Status, int Count);

public sealed record ProgrammeDisbursed(Guid ProgrammeId, string Name, ProgrammeKind Kind, Money Amount, int Disbursements);

/// <param name="Reached">Beneficiaries reached in deciles 1-8.</param>
/// <param name="ReachedWithKnownDecile">Beneficiaries reached whose decile is recorded.</param>
/// <param name="ReachedWithUnknownDecile">Beneficiaries reached whose decile is not recorded yet (referrals).</param>
/// <param name="ShareOfKnown">Reached / reached with a known decile, 0-1 (null when none).</param>
public sealed record DecileReach(int Reached, int ReachedWithKnownDecile, int ReachedWithUnknownDecile, decimal? ShareOfKnown);

public sealed record AidStatistics(
    string Region, DateOnly From, DateOnly To, PeriodLabel Period, int BeneficiariesReached,
    IReadOnlyList<StatusCount> ApplicationsByStatus, IReadOnlyList<Money> DisbursedByCurrency,
    IReadOnlyList<ProgrammeDisbursed> DisbursedByProgramme, DecileReach ReachAmongDeciles1To8);

/// <summary>
/// A region's figures for a year of its calendar (year=1402 in Ilam, year=2025 in Almaty; default the current one) or a
/// from/to period: beneficiaries reached (paid at least once), applications submitted by status, amounts disbursed per
/// currency and per programme (never summed across currencies), and reach among income deciles 1-8.
/// </summary>
public static class GetStatistics
{
    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, RequestLanguage Language, WelfareAidDbContext Db, RegionCatalog Regions, TimeProvider Clock,
        CancellationToken CancellationToken);

    public static void MapGetStatistics(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .RequireAuthorization(Access.Oversee)
            .WithName(nameof(GetStatistics))
            .WithSummary("Aid statistics of a region and period");

    internal static async Task<Ok<AidStatistics>> Handle(
        [AsParameters] Services services, string? region = null, int? year = null, DateOnly? from = null, DateOnly? to = null)
    {
        var (caller, language, db, regions, clock, cancellationToken) = services;
        if (region is not null && !regions.Exists(region)) throw ValidationException.For("region", "is not a known region.");
        var scope = caller.RequireRegionFor(region);
        if (!regions.TryGet(scope, out var known)) throw ValidationException.For("region", "is required.");

        var period = known.RequestedPeriod(year, from, to, clock.Today());
        var (start, end) = (period.From, period.To);
        var (startInstant, endInstant) = (period.Start, period.EndExclusive);

        var disbursements = db.Disbursements.AsNoTracking()
            .Where(d => d.Region == scope && d.DisbursedOn >= start && d.DisbursedOn <= end);
        var reached = await disbursements
            .Join(db.Applications, d => d.ApplicationId, a => a.Id, (d, a) => a.BeneficiaryId).Distinct()
            .Join(db.Beneficiaries, id => id, b => b.Id, (id, b) => b.IncomeDecile)
            .ToListAsync(cancellationToken);
        var byStatus = await db.Applications.AsNoTracking()
            .Where(a => a.Region == scope && a.SubmittedAt >= startInstant && a.SubmittedAt < endInstant)
            .GroupBy(a => a.Status).Select(g => new StatusCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var byCurrency = await disbursements.GroupBy(d => d.Money.Currency)
            .Select(g => new { Currency = g.Key, Amount = g.Sum(d => d.Money.Amount) }).ToListAsync(cancellationToken);
        var byProgramme = await disbursements
            .GroupBy(d => new { d.ProgrammeId, d.Money.Currency })
            .Select(g => new { g.Key.ProgrammeId, g.Key.Currency, Amount = g.Sum(d => d.Money.Amount), Count = g.Count() })
            .Join(db.Programmes, x => x.ProgrammeId, p => p.Id, (x, p) => new { x.ProgrammeId, p.Name, p.Kind, x.Currency, x.Amount, x.Count })
            .ToListAsync(cancellationToken);

        var known18 = reached.Count(d => d is not null);
        var in18 = reached.Count(d => d is >= 1 and <= 8);
        return TypedResults.Ok(new AidStatistics(
            scope, start, end, known.Label(period, language.Code), reached.Count,
            byStatus.OrderBy(s => s.Status).ToList(),
            byCurrency.OrderBy(c => c.Currency).Select(c => new Money(c.Amount, c.Currency)).ToList(),
            byProgramme.OrderByDescending(p => p.Amount).ThenBy(p => p.ProgrammeId)
                .Select(p => new ProgrammeDisbursed(p.ProgrammeId, p.Name, p.Kind, new Money(p.Amount, p.Currency), p.Count)).ToList(),
            new DecileReach(in18, known18, reached.Count - known18, known18 == 0 ? null : Math.Round((decimal)in18 / known18, 4))));
    }
}
