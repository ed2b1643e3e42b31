using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.History;

/// <summary>
/// GET /cooperatives/{id}/history: the cooperative's audit trail (who, when, old and new values), paged, for the
/// region's registrars and supervisors. Its annual returns have theirs (GetAnnualReturnHistory, same building block).
/// </summary>
public static class RecordHistory
{
    public static void MapCooperativeHistory(this RouteGroupBuilder group) =>
        group.MapAuditHistory<CooperativesDbContext, Cooperative>(Access.Officers, async (db, id, http, ct) =>
            await db.Cooperatives.Where(r => r.Id == id).Select(r => r.Region).FirstOrDefaultAsync(ct) is { } region
            && new CallerContext(http.User).IsRegistryOfficer(region));
}
