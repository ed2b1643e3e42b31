using LabourWelfare.Inspections.Domain;
using LabourWelfare.Messaging;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Data;

public sealed class InspectionsDbContext(DbContextOptions<InspectionsDbContext> options) : DbContext(options)
{
    public DbSet<Workplace> Workplaces => Set<Workplace>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<Workplace>(workplace =>
        {
            workplace.ToTable("workplaces");
            workplace.HasKey(w => w.Id);
            workplace.Property(w => w.Region).HasMaxLength(32);
            workplace.Property(w => w.Name).HasMaxLength(300);
            workplace.Property(w => w.County).HasMaxLength(120);
            workplace.Property(w => w.EmployerName).HasMaxLength(300);
            workplace.Property(w => w.RegistrationNumber).HasMaxLength(64);
            workplace.Property(w => w.Sector).HasConversion<string>().HasMaxLength(32);
            workplace.Property(w => w.Status).HasConversion<string>().HasMaxLength(32);
            workplace.Property(w => w.Version).IsRowVersion();
            workplace.OwnsOne(w => w.OpenedBy, provenance =>
            {
                provenance.Property(p => p.EventType).HasMaxLength(200);
                provenance.Property(p => p.SourceService).HasMaxLength(64);
                provenance.Property(p => p.TraceId).HasMaxLength(32);
            });
            workplace.HasIndex(w => new { w.Region, w.RegistrationNumber }).IsUnique();
            workplace.HasIndex(w => w.CooperativeId);
        });
    }
}
