using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Mediation.Data.Configurations;

internal sealed class CaseNumberCounterConfiguration : IEntityTypeConfiguration<CaseNumberCounter>
{
    public void Configure(EntityTypeBuilder<CaseNumberCounter> counter)
    {
        counter.ToTable("case_number_counters");
        counter.HasKey(c => new { c.Region, c.Year });
        counter.Property(c => c.Region).HasMaxLength(32);
    }
}
