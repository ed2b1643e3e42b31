using LabourWelfare.Mediation.Data;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Mediation.Features.Mediators;

/// <summary>
/// Changes a mediator's specialties, languages, caseload limit or active flag. A lower limit does not take cases away;
/// it only stops new assignments until the caseload falls below it.
/// </summary>
public static class UpdateMediator
{
    /// <summary>What an update may change: region and login stay as registered.</summary>
    public sealed record Request(
        string? FullName, IReadOnlyList<Domain.Specialty>? Specialties, IReadOnlyList<string>? Languages, int? CaseloadLimit, bool? Active);

    public static void MapUpdateMediator(this RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}", Handle)
            .RequireAuthorization(Access.ManageMediators)
            .WithName(nameof(UpdateMediator))
            .WithSummary("Update a mediator")
            .ProducesProblems(
                StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);

    internal static async Task<Ok<MediatorResponse>> Handle(
        Guid id, Request request, CallerContext caller, MediationDbContext db, HttpContext http,
        CancellationToken cancellationToken)
    {
        var errors = new MediatorRequest(null, request.FullName, null, request.Specialties, request.Languages, request.CaseloadLimit, request.Active)
            .Validate(new FieldErrors()).Required("active", request.Active);
        errors.ThrowIfAny();

        var mediator = await MediatorQueries.InReachAsync(db, id, caller, track: true, cancellationToken);
        ETags.RequireMatch(http, mediator.Version);
        mediator.Update(request.FullName!.Trim(), request.Specialties!, request.Languages!, request.CaseloadLimit!.Value, request.Active!.Value);
        await db.SaveChangesAsync(cancellationToken);

        ETags.Set(http, mediator.Version);
        return TypedResults.Ok(MediatorResponse.From(mediator, await MediatorQueries.OpenCaseloadAsync(db, id, cancellationToken)));
    }
}
