using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Inspections.Features.Workplaces;

/// <summary>Designates a trained worker as the workplace's health ambassador (one active at a time: 409 otherwise).</summary>
public static class AppointAmbassador
{
    public sealed record Request(string? FullName, DateOnly? AppointedOn, DateOnly? TrainedOn);

    public static void MapAppointAmbassador(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/ambassadors", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(AppointAmbassador))
            .WithSummary("Appoint a health ambassador")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    internal static async Task<Created<AmbassadorResponse>> Handle(
        Guid id, Request request, CallerContext caller, InspectionsDbContext db, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var workplace = await db.WorkplaceAsync(id, caller, cancellationToken);
        var today = clock.Today();
        new FieldErrors()
            .Required("fullName", request.FullName).MaxLength("fullName", request.FullName, 200)
            .Required("appointedOn", request.AppointedOn)
            .When(request.TrainedOn > today, "trainedOn", "must not be in the future.")
            .ThrowIfAny();

        var ambassador = workplace.AppointAmbassador(request.FullName!.Trim(), request.AppointedOn!.Value, request.TrainedOn, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        // The ambassador belongs to the workplace: ending the term later needs the workplace's ETag.
        ETags.Set(http, workplace.Version);
        return TypedResults.Created($"/api/inspections/workplaces/{workplace.Id}",
            new AmbassadorResponse(ambassador.Id, ambassador.FullName, ambassador.AppointedOn, ambassador.TrainedOn, ambassador.EndedOn, ambassador.IsActiveOn(today)));
    }
}
