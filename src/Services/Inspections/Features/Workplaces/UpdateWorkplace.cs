using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Inspections.Features.Workplaces;

/// <summary>Corrects a workplace's details (If-Match required); the registration number and region never change.</summary>
public static class UpdateWorkplace
{
    public sealed record Request(string? Name, string? County, Sector? Sector, int? WorkforceSize, string? EmployerName);

    public static void MapUpdateWorkplace(this RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(UpdateWorkplace))
            .WithSummary("Update a workplace (If-Match)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<WorkplaceResponse>> Handle(
        Guid id, Request request, CallerContext caller, InspectionsDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var workplace = await db.WorkplaceAsync(id, caller, cancellationToken);
        WorkplaceInput.Validate(request.Name, request.Sector, request.WorkforceSize, request.EmployerName, request.County).ThrowIfAny();
        ETags.RequireMatch(http, workplace.Version);

        workplace.Update(request.Name!.Trim(), request.County?.Trim(), request.Sector!.Value, request.WorkforceSize!.Value,
            request.EmployerName!.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await db.Entry(workplace).Collection(w => w.Disputes).LoadAsync(cancellationToken);

        ETags.Set(http, workplace.Version);
        return TypedResults.Ok(WorkplaceResponse.From(workplace, clock.Today()));
    }
}
