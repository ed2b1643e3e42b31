using LabourWelfare.Inspections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Inspections.Data.Configurations;

internal sealed class ViolationConfiguration : IEntityTypeConfiguration<Violation>
{
    public void Configure(EntityTypeBuilder<Violation> violation)
    {
        violation.ToTable("violations");
        violation.HasKey(v => v.Id);
        violation.Property(v => v.Id).ValueGeneratedNever(); // set by the domain: a new child found by navigation is an insert
        violation.Property(v => v.Category).HasConversion<string>().HasMaxLength(32);
        violation.Property(v => v.Severity).HasConversion<string>().HasMaxLength(16);
        violation.Property(v => v.Description).HasMaxLength(4000);
        violation.Property(v => v.Provision).HasMaxLength(300);
        violation.Property(v => v.ItemCode).HasMaxLength(64);
        // The penalty keeps the columns it had before it was a Money: PenaltyAmount and PenaltyCurrency, both null without one.
        violation.ComplexProperty(v => v.Penalty, penalty =>
        {
            penalty.Property(m => m.Amount).HasColumnName("PenaltyAmount").HasPrecision(18, 2);
            penalty.Property(m => m.Currency).HasColumnName("PenaltyCurrency").HasMaxLength(3);
        });
        violation.HasIndex(v => v.WorkplaceId);
    }
}
