using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Planning;

public sealed record WorkplaceRisk(Workplace Workplace, RiskAssessment Assessment, int UnresolvedLabourDisputes, DateOnly? LastInspectedOn);

/// <summary>Gathers each workplace's history (accidents, violations, disputes) and scores it with <see cref="RiskScore"/>.</summary>
internal static class RiskAssessor
{
    public static async Task<IReadOnlyList<WorkplaceRisk>> AssessAsync(
        InspectionsDbContext db, string region, DateTimeOffset now, CancellationToken ct, Guid? workplaceId = null)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var since = now.AddYears(-RiskScore.HistoryYears);
        var workplaces = await db.Workplaces.AsNoTracking().Include(w => w.Ambassadors)
            .Where(w => w.Region == region && w.Status == WorkplaceStatus.Active && (workplaceId == null || w.Id == workplaceId))
            .ToListAsync(ct);
        var inRegion = db.Workplaces.Where(w => w.Region == region && (workplaceId == null || w.Id == workplaceId)).Select(w => w.Id);

        var accidents = await db.AccidentCases.AsNoTracking()
            .Where(a => a.Region == region && a.OccurredAt >= since && inRegion.Contains(a.WorkplaceId))
            .GroupBy(a => new { a.WorkplaceId, a.Severity }).Select(g => new { g.Key.WorkplaceId, g.Key.Severity, Count = g.Count() })
            .ToListAsync(ct);
        var violations = await db.Violations.AsNoTracking()
            .Where(v => v.RecordedAt >= since && inRegion.Contains(v.WorkplaceId))
            .GroupBy(v => new { v.WorkplaceId, v.Severity }).Select(g => new { g.Key.WorkplaceId, g.Key.Severity, Count = g.Count() })
            .ToListAsync(ct);
        var disputes = await db.LabourDisputes.AsNoTracking()
            .Where(d => inRegion.Contains(d.WorkplaceId))
            .GroupBy(d => d.WorkplaceId).Select(g => new { WorkplaceId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(d => d.WorkplaceId, d => d.Count, ct);
        var lastInspected = await db.Inspections.AsNoTracking()
            .Where(i => i.Region == region && i.Status == InspectionStatus.Completed && inRegion.Contains(i.WorkplaceId))
            .GroupBy(i => i.WorkplaceId).Select(g => new { WorkplaceId = g.Key, Last = g.Max(i => i.CompletedAt) })
            .ToDictionaryAsync(i => i.WorkplaceId, i => i.Last, ct);

        int AccidentsOf(Guid id, AccidentSeverity s) => accidents.Where(a => a.WorkplaceId == id && a.Severity == s).Sum(a => a.Count);
        int ViolationsOf(Guid id, Severity s) => violations.Where(v => v.WorkplaceId == id && v.Severity == s).Sum(v => v.Count);

        return workplaces.Select(w =>
        {
            var disputeCount = disputes.GetValueOrDefault(w.Id);
            var assessment = RiskScore.Assess(new RiskInputs(
                w.Sector, w.WorkforceSize,
                AccidentsOf(w.Id, AccidentSeverity.Fatal), AccidentsOf(w.Id, AccidentSeverity.Serious), AccidentsOf(w.Id, AccidentSeverity.Minor),
                ViolationsOf(w.Id, Severity.Critical), ViolationsOf(w.Id, Severity.Major), ViolationsOf(w.Id, Severity.Minor),
                disputeCount, w.RequiresAmbassador && !w.HasActiveAmbassador(today)));
            var last = lastInspected.GetValueOrDefault(w.Id);
            return new WorkplaceRisk(w, assessment, disputeCount, last is null ? null : DateOnly.FromDateTime(last.Value.UtcDateTime));
        }).ToList();
    }
}
