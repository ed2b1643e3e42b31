using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Checklists;

/// <summary>
/// Publishes the next version of a checklist, revising the version named in the route (it must be the latest: 409
/// otherwise). Inspections already scheduled keep the version they were scheduled with.
/// </summary>
public static class PublishChecklistVersion
{
    public sealed record Request(string? Title, List<ItemInput?>? Items);

    public static void MapPublishChecklistVersion(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/versions", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(PublishChecklistVersion))
            .WithSummary("Publish the next version of a checklist")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    internal static async Task<Created<ChecklistResponse>> Handle(
        Guid id, Request request, CallerContext caller, InspectionsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var current = await db.ChecklistTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (current is null || !caller.CanAccessRegion(current.Region)) throw new NotFoundException("Checklist");
        new FieldErrors()
            .Required("title", request.Title).MaxLength("title", request.Title, 300)
            .ValidateItems(request.Items)
            .ThrowIfAny();

        var latest = await db.ChecklistTemplates.Where(t => t.Region == current.Region && t.Code == current.Code)
            .MaxAsync(t => t.Version, cancellationToken);
        var next = current.PublishNext(request.Title!.Trim(), ChecklistInput.ToItems(request.Items!), latest, caller.Actor, clock.GetUtcNow());
        db.ChecklistTemplates.Add(next);
        await db.SaveChangesAsync(cancellationToken); // a concurrent publication of the same version: unique index, 409
        return TypedResults.Created($"/api/inspections/checklists/{next.Id}", ChecklistResponse.From(next, isLatest: true));
    }
}
