using LabourWelfare.Identity.Domain;
using LabourWelfare.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Identity.Data.Configurations;

internal sealed class PlatformUserConfiguration : IEntityTypeConfiguration<PlatformUser>
{
    public void Configure(EntityTypeBuilder<PlatformUser> user)
    {
        user.ToTable("users");
        user.Property(u => u.DisplayName).HasMaxLength(200);
        user.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
        user.Property(u => u.Region).HasMaxLength(50);
        user.Property(u => u.NationalId).HasMaxLength(20);
        // One account per person: a national id is stored once.
        user.HasIndex(u => u.NationalId).IsUnique();
        user.HasIndex(u => new { u.Region, u.Kind });
        user.Property(u => u.Version).IsRowVersion();
        // The trail shows that a password or stamp changed, never the hash.
        user.Property(u => u.PasswordHash).AuditRedacted();
        user.Property(u => u.SecurityStamp).AuditRedacted();
        user.Property(u => u.ConcurrencyStamp).AuditRedacted();
    }
}
