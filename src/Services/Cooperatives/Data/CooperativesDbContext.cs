using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Messaging;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Data;

public sealed class CooperativesDbContext(DbContextOptions<CooperativesDbContext> options) : DbContext(options)
{
    public DbSet<Cooperative> Cooperatives => Set<Cooperative>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<AnnualReturn> AnnualReturns => Set<AnnualReturn>();
    public DbSet<EnergyProject> EnergyProjects => Set<EnergyProject>();
    public DbSet<RegionalRenewableTarget> RenewableTargets => Set<RegionalRenewableTarget>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox().AddAuditTrail().AddIdempotencyRecords();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CooperativesDbContext).Assembly);
    }
}
