using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Checklists;

public static class GetChecklist
{
    public static void MapGetChecklist(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetChecklist))
            .WithSummary("Read one version of a checklist")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<ChecklistResponse>> Handle(Guid id, CallerContext caller, InspectionsDbContext db, CancellationToken cancellationToken)
    {
        var template = await db.ChecklistTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null || !caller.CanAccessRegion(template.Region)) throw new NotFoundException("Checklist");
        var isLatest = !await db.ChecklistTemplates.AnyAsync(
            t => t.Region == template.Region && t.Code == template.Code && t.Version > template.Version, cancellationToken);
        return TypedResults.Ok(ChecklistResponse.From(template, isLatest));
    }
}
