using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.History;

/// <summary>
/// GET …/{id}/history of workplaces, checklists, inspections, accident files and campaigns: the audit trail (who, when,
/// old and new values), paged, for the region's inspectors and supervisors (AuditHistory, shared by every service).
/// </summary>
public static class RecordHistory
{
    public static void MapWorkplaceHistory(this RouteGroupBuilder group) =>
        group.MapAuditHistory<InspectionsDbContext, Workplace>(Access.Read, (db, id, http, ct) => OfficerOf(db.Workplaces.Where(r => r.Id == id).Select(r => r.Region), http, ct));

    public static void MapChecklistHistory(this RouteGroupBuilder group) =>
        group.MapAuditHistory<InspectionsDbContext, ChecklistTemplate>(Access.Read, (db, id, http, ct) => OfficerOf(db.ChecklistTemplates.Where(r => r.Id == id).Select(r => r.Region), http, ct));

    public static void MapInspectionHistory(this RouteGroupBuilder group) =>
        group.MapAuditHistory<InspectionsDbContext, Inspection>(Access.Read, (db, id, http, ct) => OfficerOf(db.Inspections.Where(r => r.Id == id).Select(r => r.Region), http, ct));

    public static void MapAccidentHistory(this RouteGroupBuilder group) =>
        group.MapAuditHistory<InspectionsDbContext, AccidentCase>(Access.Read, (db, id, http, ct) => OfficerOf(db.AccidentCases.Where(r => r.Id == id).Select(r => r.Region), http, ct));

    public static void MapCampaignHistory(this RouteGroupBuilder group) =>
        group.MapAuditHistory<InspectionsDbContext, HealthCampaign>(Access.Read, (db, id, http, ct) => OfficerOf(db.HealthCampaigns.Where(r => r.Id == id).Select(r => r.Region), http, ct));

    private static async Task<bool> OfficerOf(IQueryable<string> region, HttpContext http, CancellationToken cancellationToken) =>
        await region.FirstOrDefaultAsync(cancellationToken) is { } found
        && new CallerContext(http.User).IsOfficerOf(found, Roles.Inspector, Roles.Supervisor);
}
