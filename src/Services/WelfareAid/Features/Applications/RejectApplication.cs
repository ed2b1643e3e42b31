using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Applications;

/// <summary>
/// An aid officer (not the recorder) rejects a submitted application. Every reason the rules give is recorded; when the
/// rules find none, the officer's note is the reason and is required. Needs If-Match.
/// </summary>
public static class RejectApplication
{
    public sealed record Request(string? Note);

    public static void MapRejectApplication(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/reject", Handle)
            .RequireAuthorization(Access.Manage)
            .WithName(nameof(RejectApplication))
            .WithSummary("Reject an application with the rules' reasons (If-Match)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<ApplicationResponse>> Handle(
        Guid id, Request? request, CallerContext caller, WelfareAidDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        new FieldErrors().MaxLength("note", request?.Note, 2000).ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (application, programme) = await db.LockForOfficerAsync(id, caller, http, cancellationToken);
        var beneficiary = await db.Beneficiaries.AsNoTracking().SingleAsync(b => b.Id == application.BeneficiaryId, cancellationToken);
        application.Reject(caller.Actor, Eligibility.Evaluate(programme.Rules, beneficiary, clock.Today()),
            string.IsNullOrWhiteSpace(request?.Note) ? null : request.Note.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var row = await db.RowAsync(id, cancellationToken);
        ETags.Set(http, row.Application.Version);
        return TypedResults.Ok(ApplicationResponse.From(row, caller));
    }
}
