using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Inspections;

/// <summary>
/// Records a violation found during an inspection in progress and publishes ViolationRecorded with the employer's
/// name (illegal-dismissal and unpaid-wages make Mediation open a case).
/// </summary>
public static class RecordViolation
{
    public sealed record Request(
        ViolationCategory? Category, Severity? Severity, string? Description, string? Provision, string? ItemCode,
        DateOnly? CorrectiveDeadline, decimal? PenaltyAmount);

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, InspectionsDbContext Db, RegionCatalog Regions, TimeProvider Clock, HttpContext Http,
        CancellationToken CancellationToken);

    public static void MapRecordViolation(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/violations", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(RecordViolation))
            .WithSummary("Record a violation")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

    internal static async Task<Created<ViolationResponse>> Handle(
        Guid id, Request request, [AsParameters] Services services)
    {
        var (caller, db, regions, clock, http, cancellationToken) = services;
        var inspection = await db.InspectionAsync(id, caller, cancellationToken);
        var template = await db.TemplateOfAsync(inspection, cancellationToken);
        var itemCode = request.ItemCode is null ? null : ChecklistTemplate.NormalizeCode(request.ItemCode);
        new FieldErrors()
            .Required("category", request.Category)
            .Required("severity", request.Severity)
            .Required("description", request.Description).MaxLength("description", request.Description, 4000)
            .MaxLength("provision", request.Provision, 300)
            .When(itemCode is not null && template.Item(itemCode) is null, "itemCode", $"is not in version {template.Version} of checklist {template.Code}.")
            .Range("penaltyAmount", request.PenaltyAmount, 0, 1_000_000_000_000m)
            .ThrowIfAny();

        var workplace = await db.Workplaces.AsNoTracking().FirstAsync(w => w.Id == inspection.WorkplaceId, cancellationToken);
        var now = clock.GetUtcNow();
        var violation = inspection.RecordViolation(template, request.Category!.Value, request.Severity!.Value,
            request.Description!.Trim(), request.Provision?.Trim(), itemCode, request.CorrectiveDeadline,
            request.PenaltyAmount is { } amount ? new Money(amount, regions.Get(inspection.Region).Currency) : null, now);
        db.AddEvent(InspectionEvents.ViolationRecorded(inspection, violation, workplace), inspection.Region, now);
        await db.SaveChangesAsync(cancellationToken);

        ETags.Set(http, inspection.Version);
        return TypedResults.Created($"/api/inspections/inspections/{inspection.Id}", ViolationResponse.From(violation));
    }
}
