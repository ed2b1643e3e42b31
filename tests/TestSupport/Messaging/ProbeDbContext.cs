using LabourWelfare.Messaging;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.TestSupport.Messaging;

/// <summary>A command's own record (the business change) written with its event.</summary>
public sealed class ProbeCommand
{
    public Guid Id { get; set; }
    public int Sequence { get; set; }
}

/// <summary>What a consumer did with an event: one row per application, so applying twice shows as two rows.</summary>
public sealed class ProbeEffect
{
    public long Id { get; set; }
    public Guid EventId { get; set; }
    public int Sequence { get; set; }
    public string? TraceId { get; set; }
    public double LatencyMs { get; set; }
}

public sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options) : DbContext(options)
{
    public DbSet<ProbeCommand> Commands => Set<ProbeCommand>();
    public DbSet<ProbeEffect> Effects => Set<ProbeEffect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox().AddAuditTrail().AddIdempotencyRecords();
        modelBuilder.Entity<ProbeCommand>().ToTable("probe_commands");
        modelBuilder.Entity<ProbeEffect>(effect =>
        {
            effect.ToTable("probe_effects");
            effect.Property(e => e.Id).UseIdentityAlwaysColumn();
            effect.HasIndex(e => e.EventId); // not unique on purpose: a double application must be visible
        });
    }
}
