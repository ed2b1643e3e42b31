using LabourWelfare.WelfareAid.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.WelfareAid.Data.Configurations;

internal sealed class DisbursementConfiguration : IEntityTypeConfiguration<Disbursement>
{
    public void Configure(EntityTypeBuilder<Disbursement> d)
    {
        d.ToTable("disbursements");
        d.HasKey(x => x.Id);
        d.Property(x => x.Region).HasMaxLength(32);
        d.MoneyIn(x => x.Money, "Amount");
        d.Property(x => x.Channel).HasConversion<string>().HasMaxLength(32);
        d.Property(x => x.Reference).HasMaxLength(100);
        d.Property(x => x.RecordedBy).HasMaxLength(200);
        d.Property(x => x.BankPaymentReference).HasMaxLength(100);
        d.Property(x => x.ReconciledBy).HasMaxLength(200);
        d.Property(x => x.Version).IsRowVersion();
        d.Ignore(x => x.Status);
        d.OwnsOne(x => x.ProofOfDelivery, proof =>
        {
            proof.Property(p => p.ReceivedBy).HasMaxLength(300);
            proof.Property(p => p.DocumentReference).HasMaxLength(200);
            proof.Property(p => p.RecordedBy).HasMaxLength(200);
        });
        d.HasOne<AidApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        d.HasIndex(x => new { x.Region, x.Reference }).IsUnique();
        d.HasIndex(x => new { x.Region, x.DisbursedOn });
    }
}
