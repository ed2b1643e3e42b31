using LabourWelfare.ServiceDefaults;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
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
            .ProducesProblem(StatusCodes.Status404NotFound);

    internal static async Task<Results<Ok<ProgrammeResponse>, NotFound>> Handle(
        Guid id, CallerContext caller, WelfareAidDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null || !CanSee(caller, programme)) return TypedResults.NotFound();
        ETags.Set(http, programme.Version);
        return TypedResults.Ok(ProgrammeResponse.From(programme));
    }

    internal static bool CanSee(CallerContext caller, Programme programme) =>
        caller.SeesRegion(programme.Region)
        || (caller.HasRole(Roles.Citizen) && caller.CanAccessRegion(programme.Region) && programme.Status != ProgrammeStatus.Draft);
}
