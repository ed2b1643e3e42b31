using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LabourWelfare.Inspections.Features.Inspections;

/// <summary>
/// InProgress → Completed (If-Match): every checklist item answered, compliance score computed, InspectionCompleted
/// published. A critical violation schedules the follow-up inspection, due after its corrective deadline.
/// </summary>
public static class CompleteInspection
{
    public static void MapCompleteInspection(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/complete", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(CompleteInspection))
            .WithSummary("Complete an inspection (If-Match)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<InspectionResponse>> Handle(
        Guid id, CallerContext caller, InspectionsDbContext db, TimeProvider clock, IOptions<InspectionOptions> options,
        HttpContext http, CancellationToken cancellationToken)
    {
        var inspection = await db.InspectionAsync(id, caller, cancellationToken);
        ETags.RequireMatch(http, inspection.Version);
        var template = await db.TemplateOfAsync(inspection, cancellationToken);
        var workplace = await db.Workplaces.FirstAsync(w => w.Id == inspection.WorkplaceId, cancellationToken);

        var now = clock.GetUtcNow();
        var followUpDue = inspection.Complete(template, options.Value.FollowUpGraceDays, now);
        Inspection? followUp = null;
        if (followUpDue is { } due && workplace.Status == WorkplaceStatus.Active)
        {
            // The follow-up checks the corrections with the checklist's latest version.
            var latest = await db.ChecklistTemplates.AsNoTracking()
                .Where(t => t.Region == template.Region && t.Code == template.Code).OrderByDescending(t => t.Version).FirstAsync(cancellationToken);
            followUp = Inspection.Schedule(workplace, latest, inspection.Inspectors, due, campaignId: null, caller.Actor, now,
                followUpOf: inspection.Id, followUpDueOn: due);
            db.Inspections.Add(followUp);
        }
        db.AddEvent(InspectionEvents.Completed(inspection, workplace, followUpRequired: followUpDue is not null), inspection.Region, now);
        await db.SaveChangesAsync(cancellationToken);

        ETags.Set(http, inspection.Version);
        return TypedResults.Ok(InspectionResponse.From(inspection, followUp?.Id));
    }
}
