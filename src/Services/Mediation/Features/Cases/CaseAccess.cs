using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Mediation.Features.Cases;

/// <summary>Loads cases for a caller under the confidentiality rule: a case they may not see does not exist (404).</summary>
public static class CaseAccess
{
    public static async Task<CaseReader> ReaderAsync(CallerContext caller, MediationDbContext db, CancellationToken cancellationToken)
    {
        var supervisorOf = caller.HasRole(Roles.Supervisor) ? caller.Region : null;
        Guid? mediatorId = null;
        if (caller.HasRole(Roles.Mediator) && caller.Region is not null)
        {
            mediatorId = await db.Mediators.AsNoTracking()
                .Where(m => m.UserSubject == caller.Actor && m.Region == caller.Region)
                .Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
        }
        return new CaseReader(supervisorOf, mediatorId, caller.NationalId);
    }

    /// <summary>A case the caller may read (assigned mediator, region supervisor, party).</summary>
    public static async Task<MediationCase> ReadableAsync(
        MediationDbContext db, Guid id, CaseReader reader, CancellationToken cancellationToken, bool track = false)
    {
        var query = db.Cases.Include(c => c.Parties).AsQueryable();
        if (!track) query = query.AsNoTracking();
        var @case = await query.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (@case is null || !CaseConfidentiality.CanRead(@case, reader)) throw new NotFoundException("The case");
        return @case;
    }

    /// <summary>A case the caller runs (assigned mediator or region supervisor), tracked for a change.</summary>
    public static async Task<MediationCase> WorkableAsync(MediationDbContext db, Guid id, CaseReader reader, CancellationToken cancellationToken)
    {
        var @case = await ReadableAsync(db, id, reader, cancellationToken, track: true);
        if (!CaseConfidentiality.CanWork(@case, reader))
            throw new ForbiddenException("Only the assigned mediator and the region's supervisors work on a case.");
        return @case;
    }

    /// <summary>Cases the reader may see, for lists.</summary>
    public static IQueryable<MediationCase> Visible(MediationDbContext db, CaseReader reader)
    {
        var region = reader.SupervisorOfRegion;
        var mediatorId = reader.MediatorId;
        var nationalId = reader.NationalId;
        return db.Cases.AsNoTracking().Include(c => c.Parties).Where(c =>
            (region != null && c.Region == region) ||
            (mediatorId != null && c.MediatorId == mediatorId) ||
            (nationalId != null && c.Parties.Any(p => p.NationalId == nationalId)));
    }
}
