using LabourWelfare.Inspections.Domain;
using LabourWelfare.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Inspections.Data.Configurations;

internal sealed class AccidentCaseConfiguration : IEntityTypeConfiguration<AccidentCase>
{
    public void Configure(EntityTypeBuilder<AccidentCase> accident)
    {
        accident.ToTable("accident_cases");
        accident.HasKey(a => a.Id);
        accident.Property(a => a.Id).ValueGeneratedNever(); // set by the domain: a new child found by navigation is an insert
        accident.Property(a => a.Region).HasMaxLength(32);
        accident.Property(a => a.Sector).HasConversion<string>().HasMaxLength(32);
        accident.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        accident.Property(a => a.Severity).HasConversion<string>().HasMaxLength(16);
        accident.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        accident.Property(a => a.RootCauseCategory).HasConversion<string>().HasMaxLength(32);
        accident.Property(a => a.Description).HasMaxLength(4000);
        accident.Property(a => a.RootCause).HasMaxLength(4000);
        accident.Property(a => a.Investigator).HasMaxLength(200);
        accident.Property(a => a.ReportedBy).HasMaxLength(200);
        accident.Property(a => a.Injured).StoredAsJsonb();
        accident.Property(a => a.Version).IsRowVersion();
        accident.HasOne<Workplace>().WithMany().HasForeignKey(a => a.WorkplaceId);
        accident.HasIndex(a => new { a.Region, a.OccurredAt });
        accident.HasIndex(a => a.WorkplaceId);
    }
}
