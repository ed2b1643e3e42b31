using LabourWelfare.Cooperatives.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Cooperatives.Data.Configurations;

public sealed class AnnualReturnConfiguration : IEntityTypeConfiguration<AnnualReturn>
{
    public void Configure(EntityTypeBuilder<AnnualReturn> annualReturn)
    {
        annualReturn.ToTable("annual_returns");
        annualReturn.HasKey(r => r.Id);
        annualReturn.Property(r => r.Region).HasMaxLength(32);
        annualReturn.ComplexProperty(r => r.Revenue, revenue =>
        {
            revenue.Property(m => m.Amount).HasColumnName("RevenueAmount").HasPrecision(20, 2);
            revenue.Property(m => m.Currency).HasColumnName("RevenueCurrency").HasMaxLength(3);
        });
        annualReturn.Property(r => r.FiledBy).HasMaxLength(200);
        annualReturn.Property(r => r.LastCorrectionReason).HasMaxLength(500);
        annualReturn.Property(r => r.Version).IsRowVersion();
        annualReturn.HasOne<Cooperative>().WithMany().HasForeignKey(r => r.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        annualReturn.HasIndex(r => new { r.CooperativeId, r.Year }).IsUnique();
        annualReturn.HasIndex(r => new { r.Region, r.Year });
    }
}
