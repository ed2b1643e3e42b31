using LabourWelfare.Contracts;
using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.AnnualReturns;

/// <summary>
/// Files a cooperative's return for a year of the region's calendar (1403 in Fars, 2025 in Almaty): jobs provided
/// and revenue. One per cooperative and year (a second is 409: correct the first). Publishes AnnualReturnFiled.
/// </summary>
public static class FileAnnualReturn
{
    public sealed record Request(int? Year, int? JobsProvided, MoneyRequest? Revenue);

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, CooperativesDbContext Db, RegionCatalog Regions, TimeProvider Clock, HttpContext Http,
        CancellationToken CancellationToken);

    public static void MapFileAnnualReturn(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/annual-returns", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(FileAnnualReturn))
            .WithSummary("File a cooperative's annual return")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    internal static async Task<Created<AnnualReturnResponse>> Handle(
        Guid id, Request request, [AsParameters] Services services)
    {
        var (caller, db, regions, clock, http, cancellationToken) = services;
        new FieldErrors().Required("year", request.Year).Validate(request.JobsProvided, request.Revenue).ThrowIfAny();
        var cooperative = await db.FindWritableAsync(caller, id, cancellationToken);
        var region = regions.Get(cooperative.Region);
        if (await db.AnnualReturns.AnyAsync(r => r.CooperativeId == id && r.Year == request.Year, cancellationToken))
            throw new DomainRuleException("annual-return-exists",
                $"The return for {request.Year} is filed already; correct it instead.");

        var now = clock.GetUtcNow();
        var annualReturn = AnnualReturn.File(cooperative, region, request.Year!.Value, request.JobsProvided!.Value,
            request.Revenue!.ToMoney(region), caller.Actor, now);
        db.AnnualReturns.Add(annualReturn);
        db.AddEvent(AnnualReturnEvents.Filed(annualReturn), annualReturn.Region, now);
        await db.SaveChangesAsync(cancellationToken); // a concurrent second filing fails on the unique index: 409

        ETags.Set(http, annualReturn.Version);
        return TypedResults.Created($"/api/cooperatives/cooperatives/{id}/annual-returns/{annualReturn.Year}",
            AnnualReturnResponse.From(annualReturn, region));
    }
}
