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
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    internal static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound>> Handle(
        Guid id, Request? request, CallerContext caller, WelfareAidDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().MaxLength("reason", request?.Reason, 2000);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var row = await db.ApplicationRows().FirstOrDefaultAsync(r => r.Application.Id == id, cancellationToken);
        if (row is null || !(caller.ActsIn(row.Application.Region) || caller.Owns(row.NationalId))) return TypedResults.NotFound();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var programme = await db.LockProgrammeAsync(row.Application.ProgrammeId, cancellationToken);
        var application = await db.Applications.SingleAsync(a => a.Id == id, cancellationToken);
        ETags.RequireMatch(http, application.Version);

        var released = application.Cancel(caller.Subject, request?.Reason?.Trim(), clock.GetUtcNow());
        programme.Release(released);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        ETags.Set(http, application.Version);
        return TypedResults.Ok(ApplicationResponse.From(await db.RowAsync(id, cancellationToken), caller));
    }
}
