using System.Text.Json;
using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.AnnualReturns;

/// <summary>
/// The audit trail of a cooperative's annual returns (filing and every correction: who, when, old and new values),
/// oldest first, optionally for one year (AuditHistory, the building block every record's history uses). Read from
/// audit_log, which nobody can edit; officers of the region only.
/// </summary>
public static class GetAnnualReturnHistory
{
    public sealed record HistoryEntry(
        Guid AnnualReturnId, int Year, string Action, string ChangedBy, DateTimeOffset ChangedAt,
        JsonElement? OldValues, JsonElement? NewValues);

    public static void MapGetAnnualReturnHistory(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/annual-returns/history", Handle)
            .RequireAuthorization(Access.Officers)
            .WithName(nameof(GetAnnualReturnHistory))
            .WithSummary("Audit trail of a cooperative's annual returns")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<PagedList<HistoryEntry>>> Handle(
        Guid id, CallerContext caller, CooperativesDbContext db, CancellationToken cancellationToken,
        int? year = null, int? page = null, int? pageSize = null)
    {
        var paging = PageRequest.From(page, pageSize);
        var cooperative = await db.FindReadableAsync(caller, id, cancellationToken);
        if (!caller.IsRegistryOfficer(cooperative.Region)) throw new NotFoundException("The cooperative");

        var returns = await db.AnnualReturns.AsNoTracking()
            .Where(r => r.CooperativeId == id && (year == null || r.Year == year))
            .Select(r => new { r.Id, r.Year })
            .ToListAsync(cancellationToken);
        var years = returns.ToDictionary(r => r.Id.ToString(), r => (r.Id, r.Year));
        var ids = years.Keys.ToList();

        var history = await db.ReadAuditHistoryAsync(nameof(AnnualReturn), ids, paging, cancellationToken);
        var items = history.Items.Select(a => new HistoryEntry(
            years[a.EntityId].Id, years[a.EntityId].Year, a.Action, a.ChangedBy, a.ChangedAt, a.OldValues, a.NewValues)).ToList();
        return TypedResults.Ok(new PagedList<HistoryEntry>(items, paging.Page, paging.PageSize, history.TotalCount));
    }
}
