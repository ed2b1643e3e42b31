using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Inspections.Features.Inspections;

/// <summary>Counts supplies handed out during the visit (masks, sanitiser, …); the same item again adds to its count.</summary>
public static class RecordSupplies
{
    public sealed record Request(SupplyItem? Item, int? Quantity);

    public static void MapRecordSupplies(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/supplies", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(RecordSupplies))
            .WithSummary("Count supplies handed out")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

    internal static async Task<Ok<SupplyResponse>> Handle(
        Guid id, Request request, CallerContext caller, InspectionsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var inspection = await db.InspectionAsync(id, caller, cancellationToken);
        new FieldErrors().Required("item", request.Item).Required("quantity", request.Quantity).Range("quantity", request.Quantity, 1, 1_000_000).ThrowIfAny();
        var supply = inspection.HandOut(request.Item!.Value, request.Quantity!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, inspection.Version);
        return TypedResults.Ok(new SupplyResponse(supply.Item, supply.Quantity));
    }
}
