using LabourWelfare.Messaging;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults.Idempotency;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.WelfareAid.Data;

public sealed class WelfareAidDbContext(DbContextOptions<WelfareAidDbContext> options) : DbContext(options)
{
    public DbSet<Beneficiary> Beneficiaries => Set<Beneficiary>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<AidApplication> Applications => Set<AidApplication>();
    public DbSet<Disbursement> Disbursements => Set<Disbursement>();
    public DbSet<Referral> Referrals => Set<Referral>();

    /// <summary>
    /// Locks the programme's row until the transaction ends: approvals, cancellations and disbursements of one
    /// programme queue here, so its budget is checked and changed by one of them at a time.
    /// </summary>
    public async Task<Programme> LockProgrammeAsync(Guid programmeId, CancellationToken cancellationToken)
    {
        await Database.ExecuteSqlAsync($"SELECT \"Id\" FROM programmes WHERE \"Id\" = {programmeId} FOR UPDATE", cancellationToken);
        return await Programmes.SingleAsync(p => p.Id == programmeId, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox().AddAuditTrail().AddIdempotencyRecords();

        modelBuilder.Entity<Beneficiary>(b =>
        {
            b.ToTable("beneficiaries");
            b.HasKey(x => x.Id);
            b.Property(x => x.Region).HasMaxLength(32);
            b.Property(x => x.NationalId).HasMaxLength(12);
            b.Property(x => x.FullName).HasMaxLength(300);
            b.Property(x => x.CreatedBy).HasMaxLength(200);
            b.PrimitiveCollection(x => x.TargetGroups).ElementType(e => e.HasConversion<string>());
            b.Property(x => x.Version).IsRowVersion();
            b.OwnsOne(x => x.OpenedBy, MapProvenance);
            b.HasIndex(x => x.NationalId).IsUnique();
            b.HasIndex(x => new { x.Region, x.FullName, x.Id });
        });

        modelBuilder.Entity<Programme>(p =>
        {
            p.ToTable("programmes", t => t.HasCheckConstraint("ck_programmes_books_balance",
                "\"DisbursedAmount\" >= 0 AND \"DisbursedAmount\" <= \"ReservedAmount\" AND \"ReservedAmount\" <= \"BudgetAmount\""));
            p.HasKey(x => x.Id);
            p.Property(x => x.Region).HasMaxLength(32);
            p.Property(x => x.Name).HasMaxLength(300);
            p.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
            p.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            p.PrimitiveCollection(x => x.TargetGroups).ElementType(e => e.HasConversion<string>());
            p.Property(x => x.Currency).HasMaxLength(3);
            p.Property(x => x.BenefitAmount).HasPrecision(18, 2);
            p.Property(x => x.BudgetAmount).HasPrecision(18, 2);
            p.Property(x => x.ReservedAmount).HasPrecision(18, 2);
            p.Property(x => x.DisbursedAmount).HasPrecision(18, 2);
            p.Property(x => x.CreatedBy).HasMaxLength(200);
            p.Property(x => x.Version).IsRowVersion();
            p.Ignore(x => x.Benefit).Ignore(x => x.Budget).Ignore(x => x.Reserved).Ignore(x => x.Disbursed)
                .Ignore(x => x.Remaining).Ignore(x => x.Rules);
            p.HasIndex(x => new { x.Region, x.Status });
        });

        modelBuilder.Entity<AidApplication>(a =>
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
            a.Property(x => x.Currency).HasMaxLength(3);
            a.Property(x => x.ReservedAmount).HasPrecision(18, 2);
            a.Property(x => x.DisbursedAmount).HasPrecision(18, 2);
            a.Property(x => x.Version).IsRowVersion();
            a.Ignore(x => x.Reserved).Ignore(x => x.DisbursedTotal);
            a.OwnsOne(x => x.OpenedBy, MapProvenance);
            a.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
            a.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
            // One open application per beneficiary and programme (a programme is one period).
            a.HasIndex(x => new { x.ProgrammeId, x.BeneficiaryId }).IsUnique()
                .HasDatabaseName("ux_applications_one_open_per_programme")
                .HasFilter("\"Status\" IN ('Submitted', 'Approved', 'UnderAppeal', 'Disbursed')");
            a.HasIndex(x => new { x.Region, x.SubmittedAt, x.Id });
            a.HasIndex(x => x.BeneficiaryId);
        });

        modelBuilder.Entity<Disbursement>(d =>
        {
            d.ToTable("disbursements");
            d.HasKey(x => x.Id);
            d.Property(x => x.Region).HasMaxLength(32);
            d.Property(x => x.Amount).HasPrecision(18, 2);
            d.Property(x => x.Currency).HasMaxLength(3);
            d.Property(x => x.Channel).HasConversion<string>().HasMaxLength(32);
            d.Property(x => x.Reference).HasMaxLength(100);
            d.Property(x => x.RecordedBy).HasMaxLength(200);
            d.Property(x => x.BankPaymentReference).HasMaxLength(100);
            d.Property(x => x.ReconciledBy).HasMaxLength(200);
            d.Property(x => x.Version).IsRowVersion();
            d.Ignore(x => x.Money).Ignore(x => x.Status);
            d.OwnsOne(x => x.ProofOfDelivery, proof =>
            {
                proof.Property(p => p.ReceivedBy).HasMaxLength(300);
                proof.Property(p => p.DocumentReference).HasMaxLength(200);
                proof.Property(p => p.RecordedBy).HasMaxLength(200);
            });
            d.HasOne<AidApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
            d.HasIndex(x => new { x.Region, x.Reference }).IsUnique();
            d.HasIndex(x => new { x.Region, x.DisbursedOn });
        });

        modelBuilder.Entity<Referral>(r =>
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
            r.OwnsOne(x => x.OpenedBy, MapProvenance);
            r.Navigation(x => x.OpenedBy).IsRequired();
            r.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
            r.HasIndex(x => new { x.Region, x.Status, x.CreatedAt });
        });
    }

    private static void MapProvenance<TOwner>(OwnedNavigationBuilder<TOwner, Provenance> provenance) where TOwner : class
    {
        provenance.Property(p => p.EventType).HasMaxLength(200);
        provenance.Property(p => p.SourceService).HasMaxLength(64);
        provenance.Property(p => p.TraceId).HasMaxLength(32);
    }
}
