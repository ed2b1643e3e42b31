using LabourWelfare.Inspections.Domain;
using LabourWelfare.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Inspections.Data.Configurations;

internal sealed class WorkplaceConfiguration : IEntityTypeConfiguration<Workplace>
{
    public void Configure(EntityTypeBuilder<Workplace> workplace)
    {
        workplace.ToTable("workplaces");
        workplace.HasKey(w => w.Id);
        workplace.Property(w => w.Id).ValueGeneratedNever(); // set by the domain: a new child found by navigation is an insert
        workplace.Property(w => w.Region).HasMaxLength(32);
        workplace.Property(w => w.Name).HasMaxLength(300);
        workplace.Property(w => w.County).HasMaxLength(120);
        workplace.Property(w => w.EmployerName).HasMaxLength(300);
        workplace.Property(w => w.EmployerKey).HasMaxLength(300);
        workplace.Property(w => w.RegistrationNumber).HasMaxLength(64);
        workplace.Property(w => w.Sector).HasConversion<string>().HasMaxLength(32);
        workplace.Property(w => w.Status).HasConversion<string>().HasMaxLength(32);
        workplace.Property(w => w.Version).IsRowVersion();
        workplace.OwnsProvenance(w => w.OpenedBy);
        workplace.HasMany(w => w.Ambassadors).WithOne().HasForeignKey(a => a.WorkplaceId);
        workplace.HasMany(w => w.Disputes).WithOne().HasForeignKey(d => d.WorkplaceId);
        workplace.HasIndex(w => new { w.Region, w.RegistrationNumber }).IsUnique();
        workplace.HasIndex(w => new { w.Region, w.EmployerKey });
        workplace.HasIndex(w => w.CooperativeId);
    }
}
