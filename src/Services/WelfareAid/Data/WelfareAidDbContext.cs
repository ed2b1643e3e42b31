using LabourWelfare.Messaging;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults.Idempotency;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Data;

public sealed class WelfareAidDbContext(DbContextOptions<WelfareAidDbContext> options) : DbContext(options)
{
    public DbSet<Beneficiary> Beneficiaries => Set<Beneficiary>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<AidApplication> Applications => Set<AidApplication>();
    public DbSet<Disbursement> Disbursements => Set<Disbursement>();
    public DbSet<Referral> Referrals => Set<Referral>();

    /// <summary>
    /// Locks the programme's row until the transaction ends: approvals, cancellations and disbursements of one
    /// programme queue here, so its budget is checked and changed by one of them at a time.
    /// </summary>
    public async Task<Programme> LockProgrammeAsync(Guid programmeId, CancellationToken cancellationToken)
    {
        await Database.ExecuteSqlAsync($"SELECT \"Id\" FROM programmes WHERE \"Id\" = {programmeId} FOR UPDATE", cancellationToken);
        return await Programmes.SingleAsync(p => p.Id == programmeId, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox().AddAuditTrail().AddIdempotencyRecords();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WelfareAidDbContext).Assembly);
    }
}
