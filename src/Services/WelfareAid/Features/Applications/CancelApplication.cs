using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Applications;

/// <summary>
/// The applicant withdraws, or an aid officer cancels, an application that paid nothing yet; an approval's reservation
/// goes back to the programme's budget. Needs If-Match.
/// </summary>
public static class CancelApplication
{
    public sealed record Request(string? Reason);

    public static void MapCancelApplication(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/cancel", Handle)
            .RequireAuthorization(Access.Apply)
            .WithName(nameof(CancelApplication))
            .WithSummary("Cancel an application (If-Match)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<ApplicationResponse>> Handle(
        Guid id, Request? request, CallerContext caller, WelfareAidDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        new FieldErrors().MaxLength("reason", request?.Reason, 2000).ThrowIfAny();

        var row = await db.RowForApplicantAsync(id, caller, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var programme = await db.LockProgrammeAsync(row.Application.ProgrammeId, cancellationToken);
        var application = await db.Applications.SingleAsync(a => a.Id == id, cancellationToken);
        ETags.RequireMatch(http, application.Version);

        var released = application.Cancel(caller.Actor, request?.Reason?.Trim(), clock.GetUtcNow());
        programme.Release(released);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        ETags.Set(http, application.Version);
        return TypedResults.Ok(ApplicationResponse.From(await db.RowAsync(id, cancellationToken), caller));
    }
}
