using LabourWelfare.Mediation.Data;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Mediation.Features.Cases;

/// <summary>
/// Sets or corrects the applicant. A case referred from an inspection starts without one: the officer adds the
/// worker once the centre has reached them.
/// </summary>
public static class SetApplicant
{
    public static void MapSetApplicant(this RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}/applicant", Handle)
            .RequireAuthorization(Access.WorkCases)
            .WithName(nameof(SetApplicant))
            .WithSummary("Set the applicant of a case")
            .ProducesProblems(ProblemResponses.Change);

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, MediationDbContext Db, RegionCatalog Regions, TimeProvider Clock, HttpContext Http,
        CancellationToken CancellationToken);

    internal static async Task<Ok<CaseResponse>> Handle(Guid id, PartyRequest request, [AsParameters] Services services)
    {
        var (caller, db, regions, clock, http, cancellationToken) = services;
        var reader = await CaseAccess.ReaderAsync(caller, db, cancellationToken);
        var @case = await CaseAccess.WorkableAsync(db, id, reader, cancellationToken);
        var errors = new FieldErrors();
        var applicant = PartyRequest.Validate(request, "applicant", regions.Get(@case.Region), errors);
        if (errors.Any) throw new ValidationException(StripPrefix(errors.ToDictionary()));
        ETags.RequireMatch(http, @case.Version);

        @case.SetApplicant(applicant!, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, @case.Version);
        return TypedResults.Ok(CaseResponse.From(@case, reader));
    }

    /// <summary>The body is the party itself, so its fields are named without the "applicant." prefix.</summary>
    private static Dictionary<string, string[]> StripPrefix(IDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => e.Key.StartsWith("applicant.", StringComparison.Ordinal) ? e.Key["applicant.".Length..] : e.Key, e => e.Value);
}
