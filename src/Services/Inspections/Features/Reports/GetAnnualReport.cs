using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Reports;

/// <summary>
/// The annual inspection report, with the figures ILO Convention 81 art. 21 asks for: inspection staff, workplaces liable to
/// inspection and workers employed, visits, violations and the provisions broken, penalties, accidents and occupational
/// diseases. The year is in the region's calendar (1403 for Fars, 2025 for Almaty).
/// </summary>
public static class GetAnnualReport
{
    public sealed record SectorFigure(Sector Sector, int Workplaces, int Workers);
    public sealed record ProvisionFigure(ViolationCategory Category, string Provision, int Count);
    public sealed record PenaltyFigure(string Currency, int Count, decimal Amount);
    public sealed record AccidentFigure(AccidentSeverity Severity, int Files, int Injured);
    public sealed record SectorAccidents(Sector Sector, int Accidents, int Fatal, int OccupationalDiseases);

    public sealed record AnnualReport(
        string Region, int Year, string Calendar, DateOnly From, DateOnly To, PeriodLabel Period,
        int InspectionStaff, int WorkplacesLiable, int WorkersEmployed, IReadOnlyList<SectorFigure> WorkplacesBySector,
        int Visits, int WorkplacesVisited, int FollowUpVisits, int ViolationCount,
        IReadOnlyList<ProvisionFigure> ViolationsByProvision, IReadOnlyDictionary<string, int> ViolationsBySeverity,
        IReadOnlyList<PenaltyFigure> Penalties,
        int Accidents, int FatalAccidents, IReadOnlyList<AccidentFigure> AccidentsBySeverity, int OccupationalDiseases,
        IReadOnlyList<SectorAccidents> AccidentsBySector);

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, RequestLanguage Language, InspectionsDbContext Db, RegionCatalog Regions,
        TimeProvider Clock, CancellationToken CancellationToken);

    public static void MapGetAnnualReport(this RouteGroupBuilder group) =>
        group.MapGet("/annual", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetAnnualReport))
            .WithSummary("Annual inspection report (ILO C81 art. 21)");

    internal static async Task<Ok<AnnualReport>> Handle(
        [AsParameters] Services services, string? region = null, int? year = null)
    {
        var (caller, language, db, regions, clock, cancellationToken) = services;
        var scope = ReportRegion.Of(caller, region, regions);
        var today = clock.Today();
        var period = scope.RequestedPeriod(year, null, null, today);
        var reportYear = year ?? scope.YearOf(today);
        var code = scope.Code;

        var liable = await db.Workplaces.AsNoTracking()
            .Where(w => w.Region == code && w.CreatedAt < period.EndExclusive && (w.RetiredOn == null || w.RetiredOn >= period.From))
            .GroupBy(w => w.Sector).Select(g => new SectorFigure(g.Key, g.Count(), g.Sum(w => w.WorkforceSize)))
            .ToListAsync(cancellationToken);

        var visits = await db.Inspections.AsNoTracking()
            .Where(i => i.Region == code && i.Status == InspectionStatus.Completed && i.CompletedAt >= period.Start && i.CompletedAt < period.EndExclusive)
            .Select(i => new { i.Id, i.WorkplaceId, i.Inspectors, IsFollowUp = i.FollowUpOf != null })
            .ToListAsync(cancellationToken);

        var inRegion = db.Inspections.Where(i => i.Region == code).Select(i => i.Id);
        var violations = await db.Violations.AsNoTracking()
            .Where(v => inRegion.Contains(v.InspectionId) && v.RecordedAt >= period.Start && v.RecordedAt < period.EndExclusive)
            .Select(v => new { v.Category, v.Severity, v.Provision, v.Penalty })
            .ToListAsync(cancellationToken);

        var accidents = await db.AccidentCases.AsNoTracking()
            .Where(a => a.Region == code && a.OccurredAt >= period.Start && a.OccurredAt < period.EndExclusive)
            .Select(a => new { a.Kind, a.Severity, a.Sector, Injured = a.InjuredNationalIds.Count })
            .ToListAsync(cancellationToken);
        var injuries = accidents.Where(a => a.Kind == AccidentKind.Accident).ToList();

        return TypedResults.Ok(new AnnualReport(
            code, reportYear, scope.Reporting.Name, period.From, period.To, scope.Label(period, language.Code),
            InspectionStaff: visits.SelectMany(v => v.Inspectors).Distinct().Count(),
            WorkplacesLiable: liable.Sum(s => s.Workplaces), WorkersEmployed: liable.Sum(s => s.Workers),
            WorkplacesBySector: liable.OrderBy(s => s.Sector).ToList(),
            Visits: visits.Count, WorkplacesVisited: visits.Select(v => v.WorkplaceId).Distinct().Count(),
            FollowUpVisits: visits.Count(v => v.IsFollowUp), ViolationCount: violations.Count,
            ViolationsByProvision: violations.GroupBy(v => new { v.Category, Provision = v.Provision ?? "unspecified" })
                .Select(g => new ProvisionFigure(g.Key.Category, g.Key.Provision, g.Count()))
                .OrderBy(p => p.Category).ThenBy(p => p.Provision, StringComparer.Ordinal).ToList(),
            ViolationsBySeverity: violations.GroupBy(v => KebabCase.Name(v.Severity)).ToDictionary(g => g.Key, g => g.Count()),
            Penalties: violations.Where(v => v.Penalty is not null).GroupBy(v => v.Penalty!.Value.Currency)
                .Select(g => new PenaltyFigure(g.Key, g.Count(), g.Sum(v => v.Penalty!.Value.Amount))).OrderBy(p => p.Currency).ToList(),
            Accidents: injuries.Count, FatalAccidents: injuries.Count(a => a.Severity == AccidentSeverity.Fatal),
            AccidentsBySeverity: injuries.GroupBy(a => a.Severity).OrderBy(g => g.Key)
                .Select(g => new AccidentFigure(g.Key, g.Count(), g.Sum(a => a.Injured))).ToList(),
            OccupationalDiseases: accidents.Count(a => a.Kind == AccidentKind.OccupationalDisease),
            AccidentsBySector: accidents.GroupBy(a => a.Sector).OrderBy(g => g.Key)
                .Select(g => new SectorAccidents(g.Key, g.Count(a => a.Kind == AccidentKind.Accident),
                    g.Count(a => a.Kind == AccidentKind.Accident && a.Severity == AccidentSeverity.Fatal),
                    g.Count(a => a.Kind == AccidentKind.OccupationalDisease))).ToList()));
    }
}
