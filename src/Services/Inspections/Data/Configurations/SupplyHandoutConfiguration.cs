using LabourWelfare.Inspections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Inspections.Data.Configurations;

internal sealed class SupplyHandoutConfiguration : IEntityTypeConfiguration<SupplyHandout>
{
    public void Configure(EntityTypeBuilder<SupplyHandout> supply)
    {
        supply.ToTable("supply_handouts");
        supply.HasKey(s => new { s.InspectionId, s.Item });
        supply.Property(s => s.Item).HasConversion<string>().HasMaxLength(32);
    }
}
