using LabourWelfare.Persistence;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.WelfareAid.Data.Configurations;

internal sealed class BeneficiaryConfiguration : IEntityTypeConfiguration<Beneficiary>
{
    public void Configure(EntityTypeBuilder<Beneficiary> b)
    {
        b.ToTable("beneficiaries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Region).HasMaxLength(32);
        b.Property(x => x.NationalId).HasMaxLength(12);
        b.Property(x => x.FullName).HasMaxLength(300);
        b.Property(x => x.CreatedBy).HasMaxLength(200);
        b.PrimitiveCollection(x => x.TargetGroups).ElementType(e => e.HasConversion<string>());
        b.Property(x => x.Version).IsRowVersion();
        b.OwnsProvenance(x => x.OpenedBy);
        b.HasIndex(x => x.NationalId).IsUnique();
        b.HasIndex(x => new { x.Region, x.FullName, x.Id });
    }
}
