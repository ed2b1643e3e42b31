using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.Members;

/// <summary>
/// A person joins a cooperative with shares (a founder while it is a founding file). The national id is validated for
/// the region's country; one open membership per person and cooperative. Joining may lift the below-minimum flag.
/// </summary>
public static class AddMember
{
    public sealed record Request(string? NationalId, string? FullName, int? Shares, DateOnly? JoinedOn);

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, CooperativesDbContext Db, RegionCatalog Regions, TimeProvider Clock, HttpContext Http,
        CancellationToken CancellationToken);

    public static void MapAddMember(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/members", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(AddMember))
            .WithSummary("Add a member (or founder) to a cooperative")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    internal static async Task<Created<MemberResponse>> Handle(
        Guid id, Request request, [AsParameters] Services services)
    {
        var (caller, db, regions, clock, http, cancellationToken) = services;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cooperative = await db.LockWritableAsync(caller, id, cancellationToken);
        var region = regions.Get(cooperative.Region);
        var errors = new FieldErrors()
            .Required("fullName", request.FullName).MaxLength("fullName", request.FullName, 200)
            .Required("shares", request.Shares).Range("shares", request.Shares, 1, 1_000_000);
        if (!NationalId.TryNormalize(request.NationalId, region.Country, out var nationalId))
            errors.Add("nationalId", $"is not a valid national id of {region.Country}.");
        errors.ThrowIfAny();

        if (await db.Members.AnyAsync(m => m.CooperativeId == id && m.NationalId == nationalId && m.LeftOn == null, cancellationToken))
            throw new DomainRuleException("already-a-member", "This person is already an active member of the cooperative.");

        var today = clock.Today();
        var member = Member.Join(cooperative, nationalId, request.FullName!.Trim(), request.Shares!.Value,
            request.JoinedOn ?? today, today, clock.GetUtcNow());
        db.Members.Add(member);
        var activeMembers = await db.ActiveMemberCountAsync(id, cancellationToken) + 1;
        cooperative.ReviewMembership(activeMembers, region.MinimumFoundingMembers, today);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        ETags.Set(http, member.Version);
        return TypedResults.Created($"/api/cooperatives/cooperatives/{id}/members/{member.Id}", MemberResponse.For(member, caller));
    }
}
