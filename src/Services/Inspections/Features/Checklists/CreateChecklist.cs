using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Checklists;

/// <summary>Publishes version 1 of a new checklist of the region.</summary>
public static class CreateChecklist
{
    public sealed record Request(string? Code, string? Title, string? Region, List<ItemInput?>? Items);

    public static void MapCreateChecklist(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(CreateChecklist))
            .WithSummary("Publish version 1 of a checklist")
            .ProducesProblems(StatusCodes.Status409Conflict);

    internal static async Task<Created<ChecklistResponse>> Handle(
        Request request, CallerContext caller, InspectionsDbContext db, RegionCatalog regions, TimeProvider clock, CancellationToken cancellationToken)
    {
        new FieldErrors()
            .Required("code", request.Code).MaxLength("code", request.Code, 64)
            .Required("title", request.Title).MaxLength("title", request.Title, 300)
            .When(request.Region is not null && !regions.Exists(request.Region), "region", "is not a known region.")
            .ValidateItems(request.Items)
            .ThrowIfAny();

        var region = caller.RequireRegionFor(request.Region);
        var code = ChecklistTemplate.NormalizeCode(request.Code!);
        if (await db.ChecklistTemplates.AnyAsync(t => t.Region == region && t.Code == code, cancellationToken))
            throw new DomainRuleException("checklist-code-taken", $"Checklist {code} exists; publish a new version of it instead.");

        var template = ChecklistTemplate.PublishFirst(region, code, request.Title!.Trim(), ChecklistInput.ToItems(request.Items!), caller.Actor, clock.GetUtcNow());
        db.ChecklistTemplates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/inspections/checklists/{template.Id}", ChecklistResponse.From(template, isLatest: true));
    }
}
