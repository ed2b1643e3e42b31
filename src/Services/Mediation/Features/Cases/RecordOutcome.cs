using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Mediation.Features.Cases;

/// <summary>
/// Records how the mediation ended: settled (with the terms: amounts and payment plan), not settled (optionally
/// referred on to a court or the labour dispute board) or withdrawn.
/// </summary>
public static class RecordOutcome
{
    public sealed record Request(CaseOutcome? Outcome, SettlementRequest? Settlement, ReferralRequest? Referral, string? Note);

    public static void MapRecordOutcome(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/outcome", Handle)
            .RequireAuthorization(Access.WorkCases)
            .WithName(nameof(RecordOutcome))
            .WithSummary("Record the outcome of a case")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<CaseResponse>> Handle(
        Guid id, Request request, CallerContext caller, MediationDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = new FieldErrors()
            .Required("outcome", request.Outcome)
            .When(request.Outcome == CaseOutcome.Settled && request.Settlement is null, "settlement", "is required for a settled case.")
            .When(request.Outcome is not null and not CaseOutcome.Settled && request.Settlement is not null, "settlement", "is only for a settled case.")
            .When(request.Outcome is not null and not CaseOutcome.NotSettled && request.Referral is not null, "referral", "is only for a case that was not settled.")
            .MaxLength("note", request.Note, 2000);
        var settlement = request.Settlement?.Validate("settlement", errors);
        var referral = request.Referral?.Validate("referral", errors, caller.Actor, now);
        errors.ThrowIfAny();

        var reader = await CaseAccess.ReaderAsync(caller, db, cancellationToken);
        var @case = await CaseAccess.WorkableAsync(db, id, reader, cancellationToken);
        ETags.RequireMatch(http, @case.Version);

        @case.RecordOutcome(request.Outcome!.Value, settlement, referral, request.Note?.Trim(), now);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, @case.Version);
        return TypedResults.Ok(CaseResponse.From(@case, reader));
    }
}
