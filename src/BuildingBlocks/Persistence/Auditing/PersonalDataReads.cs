using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LabourWelfare.Persistence.Auditing;

/// <summary>
/// Read auditing of personal records: who read which record of an identifiable person, and when. Endpoints that return
/// personal data call <see cref="AuditReadAsync{TEntity}(DbContext, IEnumerable{Guid}, CancellationToken)"/> after the
/// region/ownership checks passed and before answering; the rows go to the same audit_log as changes (action "read",
/// no values), one row per record returned, so "who has seen this person's record" is one query on (entity_type,
/// entity_id). A read must not change business records: anything else pending in the context is refused.
/// </summary>
public static class PersonalDataReads
{
    public const string Action = "read";

    /// <summary>Audits that the caller read these records of <typeparamref name="TEntity"/> (entity type = its class name, as for changes).</summary>
    public static Task AuditReadAsync<TEntity>(this DbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken = default) =>
        db.AuditReadAsync(typeof(TEntity).Name, ids.Select(id => id.ToString()), cancellationToken);

    /// <summary>Audits that the caller read this record of <typeparamref name="TEntity"/>.</summary>
    public static Task AuditReadAsync<TEntity>(this DbContext db, Guid id, CancellationToken cancellationToken = default) =>
        db.AuditReadAsync<TEntity>([id], cancellationToken);

    public static async Task AuditReadAsync(this DbContext db, string entityType, IEnumerable<string> entityIds, CancellationToken cancellationToken = default)
    {
        var ids = entityIds.Distinct().ToList();
        if (ids.Count == 0) return; // nothing personal was shown
        db.ChangeTracker.DetectChanges();
        if (db.ChangeTracker.Entries().Any(e => e.State != EntityState.Unchanged && e.Entity is not AuditEntry))
            throw new InvalidOperationException("A read must not change records: only audit rows may be pending when a read is audited.");

        var interceptor = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<AuditInterceptor>().FirstOrDefault()
            ?? throw new InvalidOperationException("The audit interceptor is not registered on this DbContext (AddServiceDatabase registers it).");
        var (actor, now) = interceptor.Actor();
        db.Set<AuditEntry>().AddRange(ids.Select(id => new AuditEntry
        {
            EntityType = entityType,
            EntityId = id,
            Action = Action,
            ChangedBy = actor,
            ChangedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
