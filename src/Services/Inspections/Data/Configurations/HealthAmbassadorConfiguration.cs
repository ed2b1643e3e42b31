using LabourWelfare.Inspections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Inspections.Data.Configurations;

internal sealed class HealthAmbassadorConfiguration : IEntityTypeConfiguration<HealthAmbassador>
{
    public void Configure(EntityTypeBuilder<HealthAmbassador> ambassador)
    {
        ambassador.ToTable("health_ambassadors");
        ambassador.HasKey(a => a.Id);
        ambassador.Property(a => a.Id).ValueGeneratedNever(); // set by the domain: a new child found by navigation is an insert
        ambassador.Property(a => a.FullName).HasMaxLength(200);
    }
}
