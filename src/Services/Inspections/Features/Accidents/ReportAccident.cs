using LabourWelfare.Contracts;
using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Inspections.Features.Accidents;

/// <summary>
/// Opens an accident case file. The injured people's national ids are validated for the region's country (Persian
/// digits accepted) and AccidentReported carries them, their names and injury severities to Welfare aid, no more.
/// </summary>
public static class ReportAccident
{
    public sealed record InjuredInput(string? NationalId, string? FullName, AccidentSeverity? InjurySeverity);

    public sealed record Request(
        Guid? WorkplaceId, DateTimeOffset? OccurredAt, AccidentSeverity? Severity, AccidentKind? Kind, string? Description,
        List<InjuredInput?>? Injured);

    public static void MapReportAccident(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(ReportAccident))
            .WithSummary("Report an occupational accident")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    internal static async Task<Created<AccidentResponse>> Handle(
        Request request, CallerContext caller, InspectionsDbContext db, RegionCatalog regions, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .Required("workplaceId", request.WorkplaceId)
            .Required("occurredAt", request.OccurredAt)
            .Required("severity", request.Severity)
            .Required("description", request.Description).MaxLength("description", request.Description, 4000)
            .Required("injured", request.Injured).When(request.Injured is { Count: 0 }, "injured", "must name at least one injured person.")
            .When(request.Injured is { Count: > 200 }, "injured", "must name at most 200 people.");
        errors.ThrowIfAny();

        var workplace = await db.WorkplaceAsync(request.WorkplaceId!.Value, caller, cancellationToken);
        var country = regions.Get(workplace.Region).Country;
        var injured = new List<InjuredPersonRecord>();
        for (var i = 0; i < request.Injured!.Count; i++)
        {
            var at = $"injured[{i}]";
            var person = request.Injured[i];
            if (person is null) { errors.Add(at, "is required."); continue; }
            errors.Required($"{at}.fullName", person.FullName).MaxLength($"{at}.fullName", person.FullName, 200)
                .Required($"{at}.injurySeverity", person.InjurySeverity);
            if (!NationalId.TryNormalize(person.NationalId, country, out var nationalId))
                errors.Add($"{at}.nationalId", country == "KZ" ? "is not a valid IIN." : "is not a valid national code.");
            else if (person.FullName is not null && person.InjurySeverity is not null)
                injured.Add(new InjuredPersonRecord(nationalId, person.FullName.Trim(), person.InjurySeverity.Value));
        }
        errors.ThrowIfAny();

        var now = clock.GetUtcNow();
        var severity = AccidentCase.WorstOf(request.Severity!.Value, injured);
        var accident = AccidentCase.Report(workplace, request.Kind ?? AccidentKind.Accident, request.OccurredAt!.Value, severity,
            request.Description!.Trim(), injured, caller.Actor, now);
        db.AccidentCases.Add(accident);
        db.AddEvent(AccidentEvents.Reported(accident), accident.Region, now);
        await db.SaveChangesAsync(cancellationToken);

        ETags.Set(http, accident.Version);
        return TypedResults.Created($"/api/inspections/accidents/{accident.Id}", AccidentResponse.From(accident, caller));
    }
}
