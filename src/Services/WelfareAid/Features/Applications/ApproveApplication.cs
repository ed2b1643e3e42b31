using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using LabourWelfare.WelfareAid.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Applications;

/// <summary>
/// An aid officer (never the one who recorded it) approves a submitted application: the rules must pass now, and one
/// benefit is reserved from the programme's budget with the programme's row locked, so concurrent approvals never
/// overspend it. Needs If-Match.
/// </summary>
public static class ApproveApplication
{
    public static void MapApproveApplication(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/approve", Handle)
            .RequireAuthorization(Access.Manage)
            .WithName(nameof(ApproveApplication))
            .WithSummary("Approve an application and reserve its benefit (If-Match)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<ApplicationResponse>> Handle(
        Guid id, CallerContext caller, WelfareAidDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (application, programme) = await db.LockForOfficerAsync(id, caller, http, cancellationToken);
        var beneficiary = await db.Beneficiaries.AsNoTracking().SingleAsync(b => b.Id == application.BeneficiaryId, cancellationToken);
        var now = clock.GetUtcNow();

        application.Approve(caller.Actor, Eligibility.Evaluate(programme.Rules, beneficiary, clock.Today()), programme.Benefit, now);
        var exhausted = programme.Reserve(now);
        ApplicationEvents.AddApproval(db, programme, application, exhausted, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var row = await db.RowAsync(id, cancellationToken);
        ETags.Set(http, row.Application.Version);
        return TypedResults.Ok(ApplicationResponse.From(row, caller));
    }
}
