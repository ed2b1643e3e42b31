using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Mediation.Features.Cases;

/// <summary>
/// A supervisor assigns (or, before any session, reassigns) a mediator. The mediator's row is locked for the
/// transaction, so two assignments at once cannot both squeeze under the caseload limit.
/// </summary>
public static class AssignMediator
{
    public sealed record Request(Guid? MediatorId);

    public static void MapAssignMediator(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/assignment", Handle)
            .RequireAuthorization(Access.AssignCases)
            .WithName(nameof(AssignMediator))
            .WithSummary("Assign a mediator to a case")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    internal static async Task<Results<Ok<CaseResponse>, ValidationProblem>> Handle(
        Guid id, Request request, CallerContext caller, MediationDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().Required("mediatorId", request.MediatorId);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reader = await CaseAccess.ReaderAsync(caller, db, cancellationToken);
        var @case = await CaseAccess.WorkableAsync(db, id, reader, cancellationToken);
        ETags.RequireMatch(http, @case.Version);

        var mediatorId = request.MediatorId!.Value;
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM mediators WHERE id = {mediatorId} FOR UPDATE", cancellationToken);
        var mediator = await db.Mediators.FirstOrDefaultAsync(m => m.Id == mediatorId, cancellationToken);
        if (mediator is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["mediatorId"] = ["is not a registered mediator."] });
        var openCaseload = await db.Cases.CountAsync(
            c => c.MediatorId == mediatorId && (c.Status == CaseStatus.Assigned || c.Status == CaseStatus.InSession), cancellationToken);
        var conflicts = await db.Conflicts.AsNoTracking().Where(c => c.MediatorId == mediatorId).ToListAsync(cancellationToken);

        @case.Assign(mediator, openCaseload, conflicts, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        ETags.Set(http, @case.Version);
        return TypedResults.Ok(CaseResponse.From(@case, reader));
    }
}
