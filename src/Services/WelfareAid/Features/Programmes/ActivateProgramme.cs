using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Programmes;

/// <summary>Launches a draft programme: from now on it takes applications. Needs If-Match.</summary>
public static class ActivateProgramme
{
    public static void MapActivateProgramme(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/activate", Handle)
            .RequireAuthorization(Access.Manage)
            .WithName(nameof(ActivateProgramme))
            .WithSummary("Launch a draft programme (If-Match)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<ProgrammeResponse>> Handle(
        Guid id, CallerContext caller, WelfareAidDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null || !caller.ActsIn(programme.Region)) throw new NotFoundException("The programme");
        ETags.RequireMatch(http, programme.Version);
        programme.Activate(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, programme.Version);
        return TypedResults.Ok(ProgrammeResponse.From(programme));
    }
}
