using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.Registry;

/// <summary>
/// Founding → Registered (If-Match): the founders on file must meet the region's minimum. Publishes
/// CooperativeRegistered (Inspections registers the workplace).
/// </summary>
public static class RegisterFoundingFile
{
    public static void MapRegisterFoundingFile(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/register", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(RegisterFoundingFile))
            .WithSummary("Register a founding file once it has the region's minimum of founders")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<CooperativeResponse>> Handle(
        Guid id, CallerContext caller, CooperativesDbContext db, RegionCatalog regions, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cooperative = await db.LockWritableAsync(caller, id, cancellationToken);
        ETags.RequireMatch(http, cooperative.Version);
        var founders = await db.ActiveMemberCountAsync(id, cancellationToken);
        var now = clock.GetUtcNow();
        cooperative.Register(founders, regions.Get(cooperative.Region).MinimumFoundingMembers, clock.Today());
        db.AddEvent(CooperativeEvents.Registered(cooperative, founders), cooperative.Region, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        ETags.Set(http, cooperative.Version);
        return TypedResults.Ok(CooperativeResponse.From(cooperative, founders, regions));
    }
}
