using LabourWelfare.Persistence.Auditing;
using LabourWelfare.Mediation.Data;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Mediation.Features.Cases;

/// <summary>Reads a case: the assigned mediator, the region's supervisors and the parties; anyone else gets 404.</summary>
public static class GetCase
{
    public static void MapGetCase(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .RequireAuthorization(Access.ReadCases)
            .WithName(nameof(GetCase))
            .WithSummary("Read a case")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<CaseResponse>> Handle(
        Guid id, CallerContext caller, MediationDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var reader = await CaseAccess.ReaderAsync(caller, db, cancellationToken);
        var @case = await CaseAccess.ReadableAsync(db, id, reader, cancellationToken);
        await db.AuditReadAsync<Domain.MediationCase>(@case.Id, cancellationToken);
        ETags.Set(http, @case.Version);
        return TypedResults.Ok(CaseResponse.From(@case, reader));
    }
}
