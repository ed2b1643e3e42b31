using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Messaging.Auditing;

/// <summary>
/// What the audit trail leaves out, declared on the EF Core model: entities that are not records of the business
/// (issued tokens, key material) and secrets whose change is recorded without the value (password hashes,
/// authenticator keys, client secrets).
/// </summary>
public static class AuditModel
{
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
