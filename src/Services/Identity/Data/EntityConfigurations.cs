using LabourWelfare.Identity.Domain;
using LabourWelfare.Identity.Keys;
using LabourWelfare.Messaging.Auditing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIddict.EntityFrameworkCore.Models;

namespace LabourWelfare.Identity.Data;

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

internal sealed class IdentityTablesConfiguration :
    IEntityTypeConfiguration<IdentityRole>, IEntityTypeConfiguration<IdentityUserRole<string>>,
    IEntityTypeConfiguration<IdentityUserClaim<string>>, IEntityTypeConfiguration<IdentityUserLogin<string>>,
    IEntityTypeConfiguration<IdentityUserToken<string>>, IEntityTypeConfiguration<IdentityRoleClaim<string>>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) => builder.ToTable("roles");
    public void Configure(EntityTypeBuilder<IdentityUserRole<string>> builder) => builder.ToTable("user_roles");
    public void Configure(EntityTypeBuilder<IdentityUserClaim<string>> builder) => builder.ToTable("user_claims");
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder) => builder.ToTable("user_logins");
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<string>> builder) => builder.ToTable("role_claims");

    /// <summary>Authenticator keys and recovery codes: their change is audited, their value never.</summary>
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder)
    {
        builder.ToTable("user_tokens");
        builder.Property(t => t.Value).AuditRedacted();
    }
}

internal sealed class OpenIddictTablesConfiguration :
    IEntityTypeConfiguration<OpenIddictEntityFrameworkCoreApplication>, IEntityTypeConfiguration<OpenIddictEntityFrameworkCoreAuthorization>,
    IEntityTypeConfiguration<OpenIddictEntityFrameworkCoreScope>, IEntityTypeConfiguration<OpenIddictEntityFrameworkCoreToken>
{
    public void Configure(EntityTypeBuilder<OpenIddictEntityFrameworkCoreApplication> builder)
    {
        builder.ToTable("oidc_applications");
        builder.Property(a => a.ClientSecret).AuditRedacted();
    }

    public void Configure(EntityTypeBuilder<OpenIddictEntityFrameworkCoreScope> builder) => builder.ToTable("oidc_scopes");

    /// <summary>Sessions and tokens come and go with every sign-in and refresh: not records of the department.</summary>
    public void Configure(EntityTypeBuilder<OpenIddictEntityFrameworkCoreAuthorization> builder) =>
        builder.ToTable("oidc_authorizations").NotAudited();

    public void Configure(EntityTypeBuilder<OpenIddictEntityFrameworkCoreToken> builder) =>
        builder.ToTable("oidc_tokens").NotAudited();
}

internal sealed class KeyTablesConfiguration : IEntityTypeConfiguration<SigningKey>, IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> key)
    {
        key.ToTable("signing_keys");
        key.HasKey(k => k.Id);
        key.Property(k => k.Use).HasMaxLength(3);
        key.Property(k => k.ProtectedCertificate).AuditRedacted();
        key.HasIndex(k => new { k.Use, k.ActivatesAt });
    }

    /// <summary>Key material: never copied into the trail.</summary>
    public void Configure(EntityTypeBuilder<DataProtectionKey> key) => key.ToTable("data_protection_keys").NotAudited();
}
