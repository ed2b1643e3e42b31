using LabourWelfare.Persistence;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.WelfareAid.Data.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> r)
    {
        r.ToTable("referrals");
        r.HasKey(x => x.Id);
        r.Property(x => x.Region).HasMaxLength(32);
        r.Property(x => x.TargetGroup).HasConversion<string>().HasMaxLength(32);
        r.Property(x => x.Origin).HasConversion<string>().HasMaxLength(32);
        r.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        r.Property(x => x.SourceReference).HasMaxLength(100);
        r.Property(x => x.Detail).HasMaxLength(100);
        r.Property(x => x.Version).IsRowVersion();
        r.OwnsProvenance(x => x.OpenedBy);
        r.Navigation(x => x.OpenedBy).IsRequired();
        r.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        r.HasIndex(x => new { x.Region, x.Status, x.CreatedAt });
    }
}
