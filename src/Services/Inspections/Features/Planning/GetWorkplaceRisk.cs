using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Planning;

/// <summary>A workplace's risk score with its factors.</summary>
public static class GetWorkplaceRisk
{
    public sealed record RiskResponse(Guid WorkplaceId, int Score, IReadOnlyList<RiskFactor> Factors, int UnresolvedLabourDisputes, DateOnly? LastInspectedOn);

    public static void MapGetWorkplaceRisk(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/risk", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetWorkplaceRisk))
            .WithSummary("A workplace's risk score and what it is made of")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    internal static async Task<Ok<RiskResponse>> Handle(
        Guid id, CallerContext caller, InspectionsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var workplace = await db.Workplaces.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (workplace is null || !caller.CanAccessRegion(workplace.Region)) throw new NotFoundException("Workplace");
        workplace.EnsureActive();
        var risk = (await RiskAssessor.AssessAsync(db, workplace.Region, clock.GetUtcNow(), cancellationToken, id)).Single();
        return TypedResults.Ok(new RiskResponse(id, risk.Assessment.Score, risk.Assessment.Factors, risk.UnresolvedLabourDisputes, risk.LastInspectedOn));
    }
}
