using LabourWelfare.Identity.Keys;
using LabourWelfare.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Identity.Data.Configurations;

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> key)
    {
        key.ToTable("signing_keys");
        key.HasKey(k => k.Id);
        key.Property(k => k.Use).HasMaxLength(3);
        key.Property(k => k.ProtectedCertificate).AuditRedacted();
        key.HasIndex(k => new { k.Use, k.ActivatesAt });
    }
}
