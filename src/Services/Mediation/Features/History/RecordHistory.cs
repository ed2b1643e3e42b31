using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.Mediation.Features.Cases;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Mediation.Features.History;

/// <summary>
/// GET …/{id}/history of cases and mediators: the audit trail (who, when, old and new values), paged. A case's history
/// holds its confidential details, so only those who run the case read it (the region's supervisors and the assigned
/// mediator, CaseConfidentiality.CanWork), never the parties; a mediator's record, the region's supervisors.
/// </summary>
public static class RecordHistory
{
    public static void MapCaseHistory(this RouteGroupBuilder group) =>
        group.MapAuditHistory<MediationDbContext, MediationCase>(Access.WorkCases, async (db, id, http, ct) =>
        {
            var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
            if (@case is null) return false;
            var reader = await CaseAccess.ReaderAsync(new CallerContext(http.User), db, ct);
            return CaseConfidentiality.CanWork(@case, reader);
        });

    public static void MapMediatorHistory(this RouteGroupBuilder group) =>
        group.MapAuditHistory<MediationDbContext, Mediator>(Access.ManageMediators, async (db, id, http, ct) =>
            await db.Mediators.Where(m => m.Id == id).Select(m => m.Region).FirstOrDefaultAsync(ct) is { } region
            && new CallerContext(http.User).IsOfficerOf(region, Roles.Supervisor));
}
