using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.History;

/// <summary>
/// GET …/{id}/history of beneficiaries, programmes, applications and disbursements: the audit trail (who, when, old and
/// new values), paged, for the region's aid officers and supervisors; never citizens (it names the officers).
/// </summary>
public static class RecordHistory
{
    public static void MapBeneficiaryHistory(this RouteGroupBuilder group) =>
        group.MapAuditHistory<WelfareAidDbContext, Beneficiary>(Access.Oversee, (db, id, http, ct) => OfficerOf(db.Beneficiaries.Where(r => r.Id == id).Select(r => r.Region), http, ct));

    public static void MapProgrammeHistory(this RouteGroupBuilder group) =>
        group.MapAuditHistory<WelfareAidDbContext, Programme>(Access.Oversee, (db, id, http, ct) => OfficerOf(db.Programmes.Where(r => r.Id == id).Select(r => r.Region), http, ct));

    public static void MapApplicationHistory(this RouteGroupBuilder group) =>
        group.MapAuditHistory<WelfareAidDbContext, AidApplication>(Access.Oversee, (db, id, http, ct) => OfficerOf(db.Applications.Where(r => r.Id == id).Select(r => r.Region), http, ct));

    public static void MapDisbursementHistory(this RouteGroupBuilder group) =>
        group.MapAuditHistory<WelfareAidDbContext, Disbursement>(Access.Oversee, (db, id, http, ct) => OfficerOf(db.Disbursements.Where(r => r.Id == id).Select(r => r.Region), http, ct));

    private static async Task<bool> OfficerOf(IQueryable<string> region, HttpContext http, CancellationToken cancellationToken) =>
        await region.FirstOrDefaultAsync(cancellationToken) is { } found && new CallerContext(http.User).SeesRegion(found);
}
