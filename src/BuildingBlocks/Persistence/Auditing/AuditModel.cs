using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Persistence.Auditing;

/// <summary>
/// What the audit trail leaves out, declared on the EF Core model: entities that are not records of the business
/// (issued tokens, key material) and secrets whose change is recorded without the value (password hashes,
/// authenticator keys, client secrets).
/// </summary>
public static class AuditModel
{
    public const string AuditTable = "audit_log";

    /// <summary>Adds the audit-trail table to a service's model (call from OnModelCreating).</summary>
    public static ModelBuilder AddAuditTrail(this ModelBuilder modelBuilder) => modelBuilder.Entity<AuditEntry>(audit =>
    {
        audit.ToTable(AuditTable);
        audit.HasKey(a => a.Id);
        audit.Property(a => a.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        audit.Property(a => a.EntityType).HasColumnName("entity_type").HasMaxLength(200);
        audit.Property(a => a.EntityId).HasColumnName("entity_id").HasMaxLength(200);
        audit.Property(a => a.Action).HasColumnName("action").HasMaxLength(20);
        audit.Property(a => a.ChangedBy).HasColumnName("changed_by").HasMaxLength(200);
        audit.Property(a => a.ChangedAt).HasColumnName("changed_at");
        audit.Property(a => a.OldValues).HasColumnName("old_values").HasColumnType("jsonb");
        audit.Property(a => a.NewValues).HasColumnName("new_values").HasColumnType("jsonb");
        audit.HasIndex(a => new { a.EntityType, a.EntityId }).HasDatabaseName("ix_audit_log_entity");
    });

    public const string NotAuditedAnnotation = "LabourWelfare:NotAudited";
    public const string RedactedAnnotation = "LabourWelfare:AuditRedacted";

    /// <summary>The value written instead of a redacted one: the change is visible, the secret is not.</summary>
    public const string RedactedValue = "[redacted]";

    public static EntityTypeBuilder NotAudited(this EntityTypeBuilder entity) => entity.HasAnnotation(NotAuditedAnnotation, true);

    public static EntityTypeBuilder<T> NotAudited<T>(this EntityTypeBuilder<T> entity) where T : class =>
        entity.HasAnnotation(NotAuditedAnnotation, true);

    public static PropertyBuilder<T> AuditRedacted<T>(this PropertyBuilder<T> property) => property.HasAnnotation(RedactedAnnotation, true);

    internal static bool IsNotAudited(this IEntityType entity) => entity.FindAnnotation(NotAuditedAnnotation)?.Value is true;

    internal static bool IsRedacted(this IProperty property) => property.FindAnnotation(RedactedAnnotation)?.Value is true;
}
