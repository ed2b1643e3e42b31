using LabourWelfare.Cooperatives.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Cooperatives.Data.Configurations;

// Indexes serve the region-scoped lists and the statistics, which aggregate in SQL over thousands of cooperatives.
internal sealed class CooperativeConfiguration : IEntityTypeConfiguration<Cooperative>
{
    public void Configure(EntityTypeBuilder<Cooperative> cooperative)
    {
        cooperative.ToTable("cooperatives");
        cooperative.HasKey(c => c.Id);
        cooperative.Property(c => c.Region).HasMaxLength(32);
        cooperative.Property(c => c.RegistrationNumber).HasMaxLength(64);
        cooperative.Property(c => c.Name).HasMaxLength(300);
        cooperative.Property(c => c.SearchKey).HasMaxLength(400);
        cooperative.Property(c => c.County).HasMaxLength(120);
        cooperative.Property(c => c.CreatedBy).HasMaxLength(200);
        cooperative.Property(c => c.Sector).HasConversion<string>().HasMaxLength(32);
        cooperative.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        cooperative.Property(c => c.SuspensionReason).HasConversion<string>().HasMaxLength(40);
        cooperative.Property(c => c.DissolutionReason).HasConversion<string>().HasMaxLength(40);
        cooperative.Property(c => c.Version).IsRowVersion();
        cooperative.Ignore(c => c.IsFlaggedBelowMinimum);
        cooperative.HasIndex(c => new { c.Region, c.RegistrationNumber }).IsUnique();
        cooperative.HasIndex(c => new { c.Region, c.Status, c.Sector });
        cooperative.HasIndex(c => new { c.Region, c.Name, c.Id });
        cooperative.HasIndex(c => c.BelowMinimumSince).HasFilter("\"BelowMinimumSince\" IS NOT NULL");
    }
}
