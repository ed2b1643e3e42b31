using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using LabourWelfare.WelfareAid.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Applications;

/// <summary>
/// Another aid officer (neither the one who rejected nor the recorder) decides an appeal. Allowing it approves the
/// application: the rules are checked again with today's data and the benefit is reserved like any approval.
/// Needs If-Match.
/// </summary>
public static class DecideAppeal
{
    public sealed record Request(bool? Allow, string? Note);

    public static void MapDecideAppeal(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/appeal/decision", Handle)
            .RequireAuthorization(Access.Manage)
            .WithName(nameof(DecideAppeal))
            .WithSummary("Decide an appeal (If-Match)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<ApplicationResponse>> Handle(
        Guid id, Request request, CallerContext caller, WelfareAidDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        new FieldErrors().Required("allow", request.Allow).MaxLength("note", request.Note, 2000).ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (application, programme) = await db.LockForOfficerAsync(id, caller, http, cancellationToken);
        var beneficiary = await db.Beneficiaries.AsNoTracking().SingleAsync(b => b.Id == application.BeneficiaryId, cancellationToken);
        var now = clock.GetUtcNow();
        var allow = request.Allow!.Value;

        application.DecideAppeal(caller.Actor, allow, Eligibility.Evaluate(programme.Rules, beneficiary, clock.Today()),
            programme.Benefit, request.Note?.Trim(), now);
        if (allow)
        {
            var exhausted = programme.Reserve(now);
            ApplicationEvents.AddApproval(db, programme, application, exhausted, now);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var row = await db.RowAsync(id, cancellationToken);
        ETags.Set(http, row.Application.Version);
        return TypedResults.Ok(ApplicationResponse.From(row, caller));
    }
}
