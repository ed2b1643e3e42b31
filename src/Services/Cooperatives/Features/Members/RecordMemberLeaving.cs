using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.Members;

/// <summary>
/// A member leaves on a date (If-Match on the membership). If active membership falls below the region's minimum,
/// the cooperative is flagged from that date; the scheduled check suspends it six months later.
/// </summary>
public static class RecordMemberLeaving
{
    public sealed record Request(DateOnly? LeftOn);

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, CooperativesDbContext Db, RegionCatalog Regions, TimeProvider Clock, HttpContext Http,
        CancellationToken CancellationToken);

    public static void MapRecordMemberLeaving(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/members/{memberId:guid}/leave", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(RecordMemberLeaving))
            .WithSummary("Record that a member left")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<MemberResponse>> Handle(
        Guid id, Guid memberId, Request? request, [AsParameters] Services services)
    {
        var (caller, db, regions, clock, http, cancellationToken) = services;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cooperative = await db.LockWritableAsync(caller, id, cancellationToken);
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == memberId && m.CooperativeId == id, cancellationToken)
            ?? throw new NotFoundException("The member");
        ETags.RequireMatch(http, member.Version);

        var today = clock.Today();
        var leftOn = request?.LeftOn ?? today;
        member.Leave(cooperative, leftOn, today);
        var activeMembers = await db.ActiveMemberCountAsync(id, cancellationToken) - 1;
        cooperative.ReviewMembership(activeMembers, regions.Get(cooperative.Region).MinimumFoundingMembers, leftOn);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        ETags.Set(http, member.Version);
        return TypedResults.Ok(MemberResponse.For(member, caller));
    }
}
