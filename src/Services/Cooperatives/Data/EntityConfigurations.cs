using LabourWelfare.Cooperatives.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Cooperatives.Data;

// Indexes serve the region-scoped lists and the statistics, which aggregate in SQL over thousands of cooperatives
// and tens of thousands of members per region.

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

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.ToTable("members");
        member.HasKey(m => m.Id);
        member.Property(m => m.Region).HasMaxLength(32);
        member.Property(m => m.NationalId).HasMaxLength(20);
        member.Property(m => m.FullName).HasMaxLength(200);
        member.Property(m => m.Version).IsRowVersion();
        member.Ignore(m => m.IsActive);
        member.HasOne<Cooperative>().WithMany().HasForeignKey(m => m.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        // One open membership per person and cooperative.
        member.HasIndex(m => new { m.CooperativeId, m.NationalId }).IsUnique().HasFilter("\"LeftOn\" IS NULL")
            .HasDatabaseName("ix_members_one_open_membership");
        member.HasIndex(m => new { m.CooperativeId, m.FullName, m.Id });
        // A citizen's own cooperatives.
        member.HasIndex(m => m.NationalId).HasFilter("\"LeftOn\" IS NULL").HasDatabaseName("ix_members_active_by_person");
        // Regional statistics: active members, joined/left per period.
        member.HasIndex(m => new { m.Region, m.CooperativeId }).HasFilter("\"LeftOn\" IS NULL")
            .HasDatabaseName("ix_members_active_by_region");
        member.HasIndex(m => new { m.Region, m.JoinedOn });
        member.HasIndex(m => new { m.Region, m.LeftOn });
    }
}

internal sealed class AnnualReturnConfiguration : IEntityTypeConfiguration<AnnualReturn>
{
    public void Configure(EntityTypeBuilder<AnnualReturn> annualReturn)
    {
        annualReturn.ToTable("annual_returns");
        annualReturn.HasKey(r => r.Id);
        annualReturn.Property(r => r.Region).HasMaxLength(32);
        annualReturn.Property(r => r.RevenueAmount).HasPrecision(20, 2);
        annualReturn.Property(r => r.RevenueCurrency).HasMaxLength(3);
        annualReturn.Property(r => r.FiledBy).HasMaxLength(200);
        annualReturn.Property(r => r.LastCorrectionReason).HasMaxLength(500);
        annualReturn.Property(r => r.Version).IsRowVersion();
        annualReturn.Ignore(r => r.Revenue);
        annualReturn.HasOne<Cooperative>().WithMany().HasForeignKey(r => r.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        annualReturn.HasIndex(r => new { r.CooperativeId, r.Year }).IsUnique();
        annualReturn.HasIndex(r => new { r.Region, r.Year });
    }
}

internal sealed class EnergyProjectConfiguration : IEntityTypeConfiguration<EnergyProject>
{
    public void Configure(EntityTypeBuilder<EnergyProject> project)
    {
        project.ToTable("energy_projects");
        project.HasKey(p => p.Id);
        project.Property(p => p.Region).HasMaxLength(32);
        project.Property(p => p.Name).HasMaxLength(300);
        project.Property(p => p.Technology).HasConversion<string>().HasMaxLength(32);
        project.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        project.Property(p => p.CapacityMw).HasPrecision(12, 3);
        project.Property(p => p.Version).IsRowVersion();
        project.HasOne<Cooperative>().WithMany().HasForeignKey(p => p.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        project.HasIndex(p => new { p.CooperativeId, p.CreatedAt });
        project.HasIndex(p => new { p.Region, p.Status });
    }
}

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
