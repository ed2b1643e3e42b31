using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Mediation.Features.Mediators;

internal static class MediatorQueries
{
    public static Task<int> OpenCaseloadAsync(MediationDbContext db, Guid mediatorId, CancellationToken cancellationToken) =>
        db.Cases.CountAsync(c => c.MediatorId == mediatorId && (c.Status == CaseStatus.Assigned || c.Status == CaseStatus.InSession), cancellationToken);

    /// <summary>A mediator of the caller's region (admins: any); another region's answers 404.</summary>
    public static async Task<Mediator> InReachAsync(MediationDbContext db, Guid id, CallerContext caller, bool track, CancellationToken cancellationToken)
    {
        var query = track ? db.Mediators : db.Mediators.AsNoTracking();
        var mediator = await query.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mediator is null || !caller.CanAccessRegion(mediator.Region)) throw new NotFoundException("The mediator");
        return mediator;
    }

    /// <summary>Supervisors of the region, admins, and the mediator themselves.</summary>
    public static bool IsManagerOrSelf(CallerContext caller, Mediator mediator) =>
        caller.IsOfficerOf(mediator.Region, Roles.Supervisor) || mediator.UserSubject == caller.Actor;
}
