using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Messaging;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Data;

public sealed class CooperativesDbContext(DbContextOptions<CooperativesDbContext> options) : DbContext(options)
{
    public DbSet<Cooperative> Cooperatives => Set<Cooperative>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<Cooperative>(cooperative =>
        {
            cooperative.ToTable("cooperatives");
            cooperative.HasKey(c => c.Id);
            cooperative.Property(c => c.Region).HasMaxLength(32);
            cooperative.Property(c => c.RegistrationNumber).HasMaxLength(64);
            cooperative.Property(c => c.Name).HasMaxLength(300);
            cooperative.Property(c => c.County).HasMaxLength(120);
            cooperative.Property(c => c.CreatedBy).HasMaxLength(200);
            cooperative.Property(c => c.Sector).HasConversion<string>().HasMaxLength(32);
            cooperative.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
            cooperative.Property(c => c.Version).IsRowVersion();
            cooperative.HasIndex(c => new { c.Region, c.RegistrationNumber }).IsUnique();
        });
    }
}
