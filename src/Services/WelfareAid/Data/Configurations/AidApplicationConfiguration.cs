using LabourWelfare.Persistence;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.WelfareAid.Data.Configurations;

internal sealed class AidApplicationConfiguration : IEntityTypeConfiguration<AidApplication>
{
    public void Configure(EntityTypeBuilder<AidApplication> a)
    {
        a.ToTable("applications", t => t.HasCheckConstraint("ck_applications_books_balance",
            "\"DisbursedAmount\" >= 0 AND \"DisbursedAmount\" <= \"ReservedAmount\""));
        a.HasKey(x => x.Id);
        a.Property(x => x.Region).HasMaxLength(32);
        a.Property(x => x.TargetGroup).HasConversion<string>().HasMaxLength(32);
        a.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        a.Property(x => x.Origin).HasConversion<string>().HasMaxLength(32);
        a.Property(x => x.RecordedBy).HasMaxLength(200);
        a.Property(x => x.DecidedBy).HasMaxLength(200);
        a.Property(x => x.AppealedBy).HasMaxLength(200);
        a.Property(x => x.AppealDecidedBy).HasMaxLength(200);
        a.Property(x => x.CancelledBy).HasMaxLength(200);
        a.Property(x => x.DecisionNote).HasMaxLength(2000);
        a.Property(x => x.AppealGrounds).HasMaxLength(2000);
        a.Property(x => x.AppealNote).HasMaxLength(2000);
        a.Property(x => x.CancellationReason).HasMaxLength(2000);
        a.MoneyIn(x => x.Reserved, "ReservedAmount").MoneyIn(x => x.DisbursedTotal, "DisbursedAmount");
        a.Property(x => x.Version).IsRowVersion();
        a.OwnsProvenance(x => x.OpenedBy);
        a.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        a.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        // One open application per beneficiary and programme (a programme is one period).
        a.HasIndex(x => new { x.ProgrammeId, x.BeneficiaryId }).IsUnique()
            .HasDatabaseName("ux_applications_one_open_per_programme")
            .HasFilter("\"Status\" IN ('Submitted', 'Approved', 'UnderAppeal', 'Disbursed')");
        a.HasIndex(x => new { x.Region, x.SubmittedAt, x.Id });
        a.HasIndex(x => x.BeneficiaryId);
    }
}
