using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Applications;

/// <summary>
/// The applicant (or an aid officer on their behalf) appeals a rejection, once, with their grounds. Needs If-Match.
/// </summary>
public static class AppealApplication
{
    public sealed record Request(string? Grounds);

    public static void MapAppealApplication(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/appeal", Handle)
            .RequireAuthorization(Access.Apply)
            .WithName(nameof(AppealApplication))
            .WithSummary("Appeal a rejection, once (If-Match)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<ApplicationResponse>> Handle(
        Guid id, Request request, CallerContext caller, WelfareAidDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        new FieldErrors().Required("grounds", request.Grounds).MaxLength("grounds", request.Grounds, 2000).ThrowIfAny();

        await db.RowForApplicantAsync(id, caller, cancellationToken);
        var application = await db.Applications.SingleAsync(a => a.Id == id, cancellationToken);
        ETags.RequireMatch(http, application.Version);

        application.Appeal(caller.Actor, request.Grounds!.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken); // reapplied meanwhile: the one-open-application index answers 409

        ETags.Set(http, application.Version);
        return TypedResults.Ok(ApplicationResponse.From(await db.RowAsync(id, cancellationToken), caller));
    }
}
