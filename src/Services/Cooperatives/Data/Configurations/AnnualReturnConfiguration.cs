using LabourWelfare.Cooperatives.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Cooperatives.Data.Configurations;

public sealed class AnnualReturnConfiguration : IEntityTypeConfiguration<AnnualReturn>
{
    public const string RevenueAmount = nameof(RevenueAmount);
    public const string RevenueCurrency = nameof(RevenueCurrency);

    public void Configure(EntityTypeBuilder<AnnualReturn> annualReturn)
    {
        annualReturn.ToTable("annual_returns");
        annualReturn.HasKey(r => r.Id);
        annualReturn.Property(r => r.Region).HasMaxLength(32);
        // Revenue (Money) is kept in two scalar columns, one audited value each (a complex property's values are not
        // in the audit trail's change entries); queries name them with EF.Property.
        annualReturn.Ignore(r => r.Revenue);
        annualReturn.Property<decimal>(RevenueAmount).HasPrecision(20, 2);
        annualReturn.Property<string>(RevenueCurrency).HasMaxLength(3);
        annualReturn.Property(r => r.FiledBy).HasMaxLength(200);
        annualReturn.Property(r => r.LastCorrectionReason).HasMaxLength(500);
        annualReturn.Property(r => r.Version).IsRowVersion();
        annualReturn.HasOne<Cooperative>().WithMany().HasForeignKey(r => r.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        annualReturn.HasIndex(r => new { r.CooperativeId, r.Year }).IsUnique();
        annualReturn.HasIndex(r => new { r.Region, r.Year });
    }
}
