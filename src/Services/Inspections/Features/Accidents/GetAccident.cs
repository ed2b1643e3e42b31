using LabourWelfare.Persistence.Auditing;
using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Inspections.Features.Accidents;

/// <summary>Reads a case file: officers of its region, or a citizen who is among its injured (404 for anyone else).</summary>
public static class GetAccident
{
    public static void MapGetAccident(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .RequireAuthorization(Access.ReadAccidents)
            .WithName(nameof(GetAccident))
            .WithSummary("Read an accident case file")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<AccidentResponse>> Handle(
        Guid id, CallerContext caller, InspectionsDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var accident = await db.AccidentCases.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        var visible = accident is not null && (caller.IsOfficerOf(accident.Region, Roles.Inspector, Roles.Supervisor)
            || (caller.HasRole(Roles.Citizen) && accident.Concerns(caller.NationalId)));
        if (!visible) throw new NotFoundException("Accident case file");
        await db.AuditReadAsync<Domain.AccidentCase>(accident!.Id, cancellationToken);
        ETags.Set(http, accident.Version);
        return TypedResults.Ok(AccidentResponse.From(accident, caller));
    }
}
