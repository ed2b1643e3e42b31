using LabourWelfare.Persistence.Auditing;
using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.Members;

/// <summary>Reads one membership (with its ETag, for leaving).</summary>
public static class GetMember
{
    public static void MapGetMember(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/members/{memberId:guid}", Handle)
            .RequireAuthorization(Access.Read)
            .WithName(nameof(GetMember))
            .WithSummary("Read a membership")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<MemberResponse>> Handle(
        Guid id, Guid memberId, CallerContext caller, CooperativesDbContext db, HttpContext http,
        CancellationToken cancellationToken)
    {
        await db.FindReadableAsync(caller, id, cancellationToken);
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId && m.CooperativeId == id, cancellationToken)
            ?? throw new NotFoundException("The member");
        await db.AuditReadAsync<Domain.Member>(member.Id, cancellationToken);
        ETags.Set(http, member.Version);
        return TypedResults.Ok(MemberResponse.For(member, caller));
    }
}
