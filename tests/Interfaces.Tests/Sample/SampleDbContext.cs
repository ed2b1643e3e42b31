using LabourWelfare.Messaging;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Interfaces.Tests.Sample;

/// <summary>A service database as every service has one: its own table plus outbox, inbox, audit and idempotency keys.</summary>
public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options) : DbContext(options)
{
    public DbSet<Widget> Widgets => Set<Widget>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox().AddAuditTrail().AddIdempotencyRecords();
        modelBuilder.Entity<Widget>(widget =>
        {
            widget.ToTable("widgets");
            widget.HasKey(w => w.Id);
            widget.Property(w => w.Name).HasMaxLength(100);
            widget.Property(w => w.Region).HasMaxLength(32);
            widget.Property(w => w.Version).IsRowVersion();
        });
    }
}

public sealed class Widget
{
    public Guid Id { get; set; }
    public string Region { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public decimal Price { get; set; }
    public int Quantity { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public uint Version { get; set; }
}
