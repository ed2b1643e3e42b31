using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.Shared;

/// <summary>
/// Who reaches which cooperative: registrars and supervisors their region's registry, admins every region, a citizen
/// the cooperatives they are an active member of. Anything else looks as if it did not exist (404).
/// </summary>
internal static class CooperativeAccess
{
    /// <summary>Officers who keep or read the region's registry (and see national ids unmasked).</summary>
    public static bool IsRegistryOfficer(this CallerContext caller, string region) =>
        caller.IsOfficerOf(region, Roles.Registrar, Roles.Supervisor);

    public static bool IsRegistrarOf(this CallerContext caller, string region) => caller.IsOfficerOf(region, Roles.Registrar);

    public static IQueryable<Cooperative> ReadableBy(this CooperativesDbContext db, CallerContext caller)
    {
        if (caller.IsAdmin) return db.Cooperatives;
        var officerRegion = caller.HasRole(Roles.Registrar, Roles.Supervisor) ? caller.Region : null;
        var memberId = caller.HasRole(Roles.Citizen) ? caller.NationalId : null;
        return db.Cooperatives.Where(c =>
            (officerRegion != null && c.Region == officerRegion)
            || (memberId != null && db.Members.Any(m => m.CooperativeId == c.Id && m.NationalId == memberId && m.LeftOn == null)));
    }

    public static async Task<Cooperative> FindReadableAsync(this CooperativesDbContext db, CallerContext caller, Guid id,
        CancellationToken cancellationToken) =>
        await db.ReadableBy(caller).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException("The cooperative");

    /// <summary>A cooperative the caller may change (tracked): the region's registrars, or an admin.</summary>
    public static async Task<Cooperative> FindWritableAsync(this CooperativesDbContext db, CallerContext caller, Guid id,
        CancellationToken cancellationToken)
    {
        var cooperative = await db.Cooperatives.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cooperative is null || !caller.IsRegistrarOf(cooperative.Region)) throw new NotFoundException("The cooperative");
        return cooperative;
    }

    /// <summary>
    /// As <see cref="FindWritableAsync"/>, with the cooperative's row locked until the transaction ends, so concurrent
    /// membership changes are counted one after the other (the minimum-members flag stays right).
    /// </summary>
    public static async Task<Cooperative> LockWritableAsync(this CooperativesDbContext db, CallerContext caller, Guid id,
        CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM cooperatives WHERE \"Id\" = {id} FOR UPDATE", cancellationToken);
        return await db.FindWritableAsync(caller, id, cancellationToken);
    }

    public static Task<int> ActiveMemberCountAsync(this CooperativesDbContext db, Guid cooperativeId, CancellationToken cancellationToken) =>
        db.Members.CountAsync(m => m.CooperativeId == cooperativeId && m.LeftOn == null, cancellationToken);
}
