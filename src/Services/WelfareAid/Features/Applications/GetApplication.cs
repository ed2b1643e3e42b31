using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.WelfareAid.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Applications;

/// <summary>Reads one application: officers of its region, or the citizen it belongs to; anyone else gets 404.</summary>
public static class GetApplication
{
    public static void MapGetApplication(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetApplication))
            .WithSummary("Read an application")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<ApplicationResponse>> Handle(
        Guid id, CallerContext caller, WelfareAidDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var row = await db.VisibleRowAsync(id, caller, cancellationToken);
        await db.AuditApplicationReadsAsync([row], cancellationToken);
        ETags.Set(http, row.Application.Version);
        return TypedResults.Ok(ApplicationResponse.From(row, caller));
    }
}
