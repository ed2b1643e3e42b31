using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.Members;

/// <summary>A member buys or returns shares (If-Match); the audit trail keeps the old number.</summary>
public static class ChangeMemberShares
{
    public sealed record Request(int? Shares);

    public static void MapChangeMemberShares(this RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}/members/{memberId:guid}/shares", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(ChangeMemberShares))
            .WithSummary("Change a member's shares")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<MemberResponse>> Handle(
        Guid id, Guid memberId, Request request, CallerContext caller, CooperativesDbContext db, HttpContext http,
        CancellationToken cancellationToken)
    {
        new FieldErrors().Required("shares", request.Shares).Range("shares", request.Shares, 1, 1_000_000).ThrowIfAny();
        var cooperative = await db.FindWritableAsync(caller, id, cancellationToken);
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == memberId && m.CooperativeId == id, cancellationToken)
            ?? throw new NotFoundException("The member");
        ETags.RequireMatch(http, member.Version);
        cooperative.EnsureMembersCanChange();
        member.ChangeShares(request.Shares!.Value);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, member.Version);
        return TypedResults.Ok(MemberResponse.For(member, caller));
    }
}
