using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LabourWelfare.Persistence.Auditing;

/// <summary>
/// Adds an <see cref="AuditEntry"/> for every created, changed or deleted record in the SaveChanges that changes it.
/// Outbox, inbox and audit rows themselves are not audited. Values are stored in the service's own database only
/// (they may be personal data) and are never logged.
/// </summary>
internal sealed class AuditInterceptor(IHttpContextAccessor httpContext, TimeProvider clock) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) AddEntries(context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) AddEntries(context);
        return result;
    }

    private void AddEntries(DbContext context)
    {
        var entries = context.ChangeTracker.Entries().ToList();
        if (entries.Any(e => e.Entity is AuditEntry && e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit trail cannot be edited.");

        var (actor, now) = Actor();
        foreach (var entry in entries)
        {
            if (entry.Entity is AuditEntry or IPlatformRow) continue;
            if (entry.Metadata.IsOwned()) continue; // audited with its owner
            if (entry.Metadata.IsNotAudited()) continue;
            var action = entry.State switch
            {
                EntityState.Added => "created",
                EntityState.Modified => "updated",
                EntityState.Deleted => "deleted",
                _ => null,
            };
            if (action is null) continue;
            var (oldValues, newValues) = Values(entry);
            if (action == "updated" && newValues.Count == 0) continue;
            context.Add(new AuditEntry
            {
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue)),
                Action = action,
                ChangedBy = actor,
                ChangedAt = now,
                OldValues = oldValues.Count > 0 ? JsonSerializer.Serialize(oldValues) : null,
                NewValues = newValues.Count > 0 ? JsonSerializer.Serialize(newValues) : null,
            });
        }
    }

    /// <summary>Who is acting (token subject, else the ambient actor, else "system") and the time, for change and read rows alike.</summary>
    internal (string Actor, DateTimeOffset Now) Actor() =>
        (httpContext.HttpContext?.User.FindFirst("sub")?.Value ?? AuditActor.Current ?? "system", clock.GetUtcNow());

    private static (Dictionary<string, object?> Old, Dictionary<string, object?> New) Values(EntityEntry entry)
    {
        var oldValues = new Dictionary<string, object?>();
        var newValues = new Dictionary<string, object?>();
        // A value object (Money) is a complex property: its fields are audited under their column names
        // (PenaltyAmount, PenaltyCurrency), the keys the record had when they were plain properties.
        var properties = entry.Properties.Select(p => (Key: p.Metadata.Name, Property: p))
            .Concat(entry.ComplexProperties.SelectMany(c => c.Properties).Select(p => (Key: p.Metadata.GetColumnName(), Property: p)));
        foreach (var (key, property) in properties)
        {
            if (property.Metadata.IsConcurrencyToken && property.Metadata.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never) continue;
            var redacted = property.Metadata.IsRedacted();
            object? Shown(object? value) => redacted && value is not null ? AuditModel.RedactedValue : value;
            switch (entry.State)
            {
                case EntityState.Added:
                    newValues[key] = Shown(property.CurrentValue);
                    break;
                case EntityState.Deleted:
                    oldValues[key] = Shown(property.OriginalValue);
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    oldValues[key] = Shown(property.OriginalValue);
                    newValues[key] = Shown(property.CurrentValue);
                    break;
            }
        }
        return (oldValues, newValues);
    }
}
