using LabourWelfare.Mediation.Data;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Mediation.Features.Cases;

/// <summary>Refers a case that ended without settlement to a court or the labour dispute board (also after closing).</summary>
public static class ReferCase
{
    public static void MapReferCase(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/referral", Handle)
            .RequireAuthorization(Access.WorkCases)
            .WithName(nameof(ReferCase))
            .WithSummary("Refer a case that was not settled")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<CaseResponse>> Handle(
        Guid id, ReferralRequest request, CallerContext caller, MediationDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var referral = request.Validate(string.Empty, errors, caller.Actor, now);
        errors.ThrowIfAny();

        var reader = await CaseAccess.ReaderAsync(caller, db, cancellationToken);
        var @case = await CaseAccess.WorkableAsync(db, id, reader, cancellationToken);
        ETags.RequireMatch(http, @case.Version);

        @case.Refer(referral!, now);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, @case.Version);
        return TypedResults.Ok(CaseResponse.From(@case, reader));
    }
}
