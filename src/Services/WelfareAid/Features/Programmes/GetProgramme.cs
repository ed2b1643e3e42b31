using LabourWelfare.ServiceDefaults;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Programmes;

/// <summary>Reads a programme: officers of its region see it in any status; citizens see launched ones of their region.</summary>
public static class GetProgramme
{
    public static void MapGetProgramme(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetProgramme))
            .WithSummary("Read a programme and its books")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<ProgrammeResponse>> Handle(
        Guid id, CallerContext caller, WelfareAidDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null || !caller.CanSee(programme)) throw new NotFoundException("The programme");
        ETags.Set(http, programme.Version);
        return TypedResults.Ok(ProgrammeResponse.From(programme));
    }

}
