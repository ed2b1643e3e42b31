using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.Targets;

/// <summary>
/// An admin of the region records or changes its renewable-energy target: MW, who announced it (the source) and the
/// year of the region's calendar. Changing a recorded target needs its ETag in If-Match; the audit trail keeps every
/// old value, who changed it and when.
/// </summary>
public static class SetRenewableTarget
{
    /// <param name="Year">The year of the region's calendar the target was announced for (1404 in Qom).</param>
    public sealed record Request(decimal? Mw, string? Source, int? Year);

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, CooperativesDbContext Db, RegionCatalog Regions, TimeProvider Clock, HttpContext Http,
        CancellationToken CancellationToken);

    public static void MapSetRenewableTarget(this RouteGroupBuilder group) =>
        group.MapPut("/{region}/renewable-target", Handle)
            .RequireAuthorization(Access.Admin)
            .WithName(nameof(SetRenewableTarget))
            .WithSummary("Record or change a region's renewable-energy target (an admin of the region)")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);

    internal static async Task<Results<Ok<RenewableTargetResponse>, Created<RenewableTargetResponse>>> Handle(
        string region, Request request, [AsParameters] Services services)
    {
        var (caller, db, regions, clock, http, cancellationToken) = services;
        if (!regions.TryGet(region, out var scope)) throw new NotFoundException("The region");
        // Admins read every region, but a region's reference figures are set by that region's own admin.
        if (!string.Equals(caller.Region, scope.Code, StringComparison.OrdinalIgnoreCase))
            throw new ForbiddenException("Only an admin of the region can set its target.");
        var today = clock.Today();
        new FieldErrors()
            .Required("mw", request.Mw).When(request.Mw is <= 0 or > 1_000_000, "mw", "must be more than 0 and at most 1000000.")
            .Required("source", request.Source).MaxLength("source", request.Source, RegionalRenewableTarget.SourceMaxLength)
            .Required("year", request.Year)
            .When(request.Year is { } y && (y < scope.YearOf(today) - Region.ReportingYearsBack || y > scope.YearOf(today) + 50), "year",
                $"must be a year of the region's calendar from {scope.YearOf(today) - Region.ReportingYearsBack} to {scope.YearOf(today) + 50}.")
            .ThrowIfAny();

        var recorded = await db.RenewableTargets.SingleOrDefaultAsync(t => t.Region == scope.Code, cancellationToken);
        var created = recorded is null;
        if (recorded is null) db.RenewableTargets.Add(recorded = RegionalRenewableTarget.For(scope.Code));
        else ETags.RequireMatch(http, recorded.Version);
        recorded.Set(new RenewableTarget(request.Mw!.Value, request.Source!.Trim(), request.Year!.Value), caller.Actor, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        ETags.Set(http, recorded.Version);
        var response = RenewableTargetResponse.From(recorded);
        return created
            ? TypedResults.Created($"/api/cooperatives/regions/{scope.Code}/renewable-target", response)
            : TypedResults.Ok(response);
    }
}
