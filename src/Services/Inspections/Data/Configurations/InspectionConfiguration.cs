using LabourWelfare.Inspections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Inspections.Data.Configurations;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> inspection)
    {
        inspection.ToTable("inspections");
        inspection.HasKey(i => i.Id);
        inspection.Property(i => i.Id).ValueGeneratedNever(); // set by the domain: a new child found by navigation is an insert
        inspection.Property(i => i.Region).HasMaxLength(32);
        inspection.Property(i => i.Status).HasConversion<string>().HasMaxLength(32);
        inspection.Property(i => i.CancellationReason).HasMaxLength(1000);
        inspection.Property(i => i.CreatedBy).HasMaxLength(200);
        inspection.Property(i => i.ComplianceScore).HasPrecision(5, 1);
        inspection.Property(i => i.Version).IsRowVersion();
        inspection.HasOne<Workplace>().WithMany().HasForeignKey(i => i.WorkplaceId);
        inspection.HasOne<ChecklistTemplate>().WithMany().HasForeignKey(i => i.ChecklistTemplateId);
        inspection.HasMany(i => i.Answers).WithOne().HasForeignKey(a => a.InspectionId);
        inspection.HasMany(i => i.Violations).WithOne().HasForeignKey(v => v.InspectionId);
        inspection.HasMany(i => i.Recommendations).WithOne().HasForeignKey(r => r.InspectionId);
        inspection.HasMany(i => i.Supplies).WithOne().HasForeignKey(s => s.InspectionId);
        inspection.HasIndex(i => new { i.Region, i.ScheduledOn });
        inspection.HasIndex(i => i.WorkplaceId);
        // One follow-up per inspection that required it.
        inspection.HasIndex(i => i.FollowUpOf).IsUnique().HasFilter("\"FollowUpOf\" IS NOT NULL");
    }
}
