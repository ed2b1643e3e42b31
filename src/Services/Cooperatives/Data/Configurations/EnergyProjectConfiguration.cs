using LabourWelfare.Cooperatives.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Cooperatives.Data.Configurations;

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
