using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Features.Mediators;
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
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<CaseResponse>> Handle(
        Guid id, Request request, CallerContext caller, MediationDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        new FieldErrors().Required("mediatorId", request.MediatorId).ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reader = await CaseAccess.ReaderAsync(caller, db, cancellationToken);
        var @case = await CaseAccess.WorkableAsync(db, id, reader, cancellationToken);
        ETags.RequireMatch(http, @case.Version);

        var mediatorId = request.MediatorId!.Value;
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM mediators WHERE id = {mediatorId} FOR UPDATE", cancellationToken);
        var mediator = await db.Mediators.FirstOrDefaultAsync(m => m.Id == mediatorId, cancellationToken)
            ?? throw ValidationException.For("mediatorId", "is not a registered mediator.");
        var openCaseload = await MediatorQueries.OpenCaseloadAsync(db, mediatorId, cancellationToken);
        var conflicts = await db.Conflicts.AsNoTracking().Where(c => c.MediatorId == mediatorId).ToListAsync(cancellationToken);

        @case.Assign(mediator, openCaseload, conflicts, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        ETags.Set(http, @case.Version);
        return TypedResults.Ok(CaseResponse.From(@case, reader));
    }
}
