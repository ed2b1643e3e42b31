using System.Text.Json;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourWelfare.Persistence.Auditing;

/// <summary>One change of a record, as its history shows it: who, when, what it did, and the old and new values.</summary>
/// <param name="Sequence">Position in the trail (ascending with time); the list's stable order.</param>
/// <param name="Action">created, updated or deleted.</param>
/// <param name="ChangedBy">Token subject of the officer, or "event:&lt;type&gt;" / "job:&lt;name&gt;" / "system".</param>
public sealed record AuditHistoryEntry(
    long Sequence, string EntityType, string EntityId, string Action, string ChangedBy, DateTimeOffset ChangedAt,
    JsonElement? OldValues, JsonElement? NewValues);

/// <summary>
/// The audit trail of a record read back: every service maps <c>GET …/{id}/history</c> with
/// <see cref="MapAuditHistory{TDbContext, TEntity}"/>, paged like every list (PageRequest, at most 100 a page), oldest
/// first. Reads of personal records ("read" rows) are not changes and are left out. The history shows old and new
/// values, which may be personal data, so reading it is itself audited as a read of the record.
/// </summary>
public static class AuditHistory
{
    /// <summary>The changes of these records of one entity type, oldest first (then by sequence), one page.</summary>
    public static async Task<PagedList<AuditHistoryEntry>> ReadAuditHistoryAsync(
        this DbContext db, string entityType, IReadOnlyCollection<string> entityIds, PageRequest paging, CancellationToken cancellationToken)
    {
        var query = db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == entityType && entityIds.Contains(a.EntityId) && a.Action != PersonalDataReads.Action);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(a => a.ChangedAt).ThenBy(a => a.Id).Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        var items = rows.Select(a => new AuditHistoryEntry(
            a.Id, a.EntityType, a.EntityId, a.Action, a.ChangedBy, a.ChangedAt, Parse(a.OldValues), Parse(a.NewValues))).ToList();
        return new PagedList<AuditHistoryEntry>(items, paging.Page, paging.PageSize, total);
    }

    /// <summary>
    /// Maps <c>GET {id}/history</c> on a record's route group. <paramref name="mayRead"/> loads the record and says
    /// whether the caller may read its history (region supervisors, the record's own officers where the brief allows);
    /// false, or no such record, answers 404 like every read outside the caller's reach.
    /// </summary>
    public static RouteHandlerBuilder MapAuditHistory<TDbContext, TEntity>(
        this RouteGroupBuilder group, string policy, Func<TDbContext, Guid, HttpContext, CancellationToken, Task<bool>> mayRead)
        where TDbContext : DbContext
    {
        var entityType = typeof(TEntity).Name;
        var endpoint = new HistoryEndpoint<TDbContext>(entityType, mayRead);
        return group.MapGet("/{id:guid}/history", endpoint.HandleAsync)
            .RequireAuthorization(policy)
            .WithName($"Get{entityType}History")
            .WithSummary($"Audit trail of a {entityType}: who changed what, when, old and new values")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private sealed class HistoryEndpoint<TDbContext>(
        string entityType, Func<TDbContext, Guid, HttpContext, CancellationToken, Task<bool>> mayRead)
        where TDbContext : DbContext
    {
        public async Task<Results<Ok<PagedList<AuditHistoryEntry>>, NotFound>> HandleAsync(
            Guid id, int? page, int? pageSize, HttpContext http, CancellationToken cancellationToken)
        {
            var paging = PageRequest.From(page, pageSize);
            // Resolved here, not as a handler parameter: the route analyzer cannot follow a generic parameter type.
            var db = http.RequestServices.GetRequiredService<TDbContext>();
            if (!await mayRead(db, id, http, cancellationToken)) return TypedResults.NotFound();
            var history = await db.ReadAuditHistoryAsync(entityType, [id.ToString()], paging, cancellationToken);
            await db.AuditReadAsync(entityType, [id.ToString()], cancellationToken);
            return TypedResults.Ok(history);
        }
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
