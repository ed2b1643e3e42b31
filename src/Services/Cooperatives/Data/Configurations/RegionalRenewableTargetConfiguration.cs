using LabourWelfare.Cooperatives.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Cooperatives.Data.Configurations;

internal sealed class RegionalRenewableTargetConfiguration : IEntityTypeConfiguration<RegionalRenewableTarget>
{
    public void Configure(EntityTypeBuilder<RegionalRenewableTarget> target)
    {
        target.ToTable("renewable_targets");
        target.HasKey(t => t.Region);
        target.Property(t => t.Region).HasMaxLength(32);
        target.Property(t => t.Mw).HasPrecision(12, 3);
        target.Property(t => t.Source).HasMaxLength(RegionalRenewableTarget.SourceMaxLength);
        target.Property(t => t.SetBy).HasMaxLength(200);
        target.Property(t => t.Version).IsRowVersion();
        target.Ignore(t => t.Target);
    }
}
