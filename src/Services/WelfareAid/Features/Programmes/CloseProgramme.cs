using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Programmes;

/// <summary>
/// Closes an active programme once every application is settled (none undecided, under appeal, or approved but not
/// fully disbursed). Needs If-Match. The row lock keeps an approval from slipping in while closing.
/// </summary>
public static class CloseProgramme
{
    public static void MapCloseProgramme(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/close", Handle)
            .RequireAuthorization(Access.Manage)
            .WithName(nameof(CloseProgramme))
            .WithSummary("Close an active programme (If-Match)")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<ProgrammeResponse>> Handle(
        Guid id, CallerContext caller, WelfareAidDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var visible = await db.Programmes.AsNoTracking().AnyAsync(p => p.Id == id, cancellationToken);
        if (!visible) throw new NotFoundException("The programme");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var programme = await db.LockProgrammeAsync(id, cancellationToken);
        if (!caller.ActsIn(programme.Region)) throw new NotFoundException("The programme");
        ETags.RequireMatch(http, programme.Version);

        var unsettled = await db.Applications.CountAsync(a => a.ProgrammeId == id &&
            (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.UnderAppeal || a.Status == ApplicationStatus.Approved),
            cancellationToken);
        programme.Close(unsettled, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        ETags.Set(http, programme.Version);
        return TypedResults.Ok(ProgrammeResponse.From(programme));
    }
}
