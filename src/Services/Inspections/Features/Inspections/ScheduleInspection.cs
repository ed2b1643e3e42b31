using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Inspections;

/// <summary>
/// Schedules an inspection of a workplace with a checklist: a given version (checklistId) or the latest version of a
/// code (checklistCode). The inspection keeps that version even when a newer one is published.
/// </summary>
public static class ScheduleInspection
{
    public sealed record Request(
        Guid? WorkplaceId, Guid? ChecklistId, string? ChecklistCode, DateOnly? ScheduledOn, List<string>? Inspectors, Guid? CampaignId);

    public static void MapScheduleInspection(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(ScheduleInspection))
            .WithSummary("Schedule an inspection")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    internal static async Task<Created<InspectionResponse>> Handle(
        Request request, CallerContext caller, InspectionsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        new FieldErrors()
            .Required("workplaceId", request.WorkplaceId)
            .When(request.ChecklistId is null && string.IsNullOrWhiteSpace(request.ChecklistCode), "checklistId", "name a checklist version (checklistId) or a checklist code (checklistCode).")
            .Required("scheduledOn", request.ScheduledOn)
            .When(request.Inspectors?.Any(i => string.IsNullOrWhiteSpace(i) || i.Length > 200) == true, "inspectors", "must be non-empty ids of at most 200 characters.")
            .When(request.Inspectors is { Count: > 20 }, "inspectors", "must name at most 20 inspectors.")
            .ThrowIfAny();

        var workplace = await db.WorkplaceAsync(request.WorkplaceId!.Value, caller, cancellationToken);
        var template = await FindTemplateAsync(db, workplace.Region, request.ChecklistId, request.ChecklistCode, cancellationToken);
        if (request.CampaignId is { } campaignId
            && !await db.HealthCampaigns.AnyAsync(c => c.Id == campaignId && c.Region == workplace.Region, cancellationToken))
            throw new NotFoundException("Health campaign");

        var inspectors = request.Inspectors is { Count: > 0 } named ? named.Select(i => i.Trim()).ToList() : [caller.Actor];
        var inspection = Inspection.Schedule(workplace, template, inspectors, request.ScheduledOn!.Value, request.CampaignId,
            caller.Actor, clock.GetUtcNow());
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(cancellationToken);

        ETags.Set(http, inspection.Version);
        return TypedResults.Created($"/api/inspections/inspections/{inspection.Id}", InspectionResponse.From(inspection));
    }

    internal static async Task<ChecklistTemplate> FindTemplateAsync(
        InspectionsDbContext db, string region, Guid? checklistId, string? checklistCode, CancellationToken ct)
    {
        var templates = db.ChecklistTemplates.AsNoTracking().Where(t => t.Region == region);
        ChecklistTemplate? template;
        if (checklistId is not null) template = await templates.FirstOrDefaultAsync(t => t.Id == checklistId, ct);
        else
        {
            var code = ChecklistTemplate.NormalizeCode(checklistCode!);
            template = await templates.Where(t => t.Code == code).OrderByDescending(t => t.Version).FirstOrDefaultAsync(ct);
        }
        return template ?? throw new NotFoundException("Checklist");
    }
}
