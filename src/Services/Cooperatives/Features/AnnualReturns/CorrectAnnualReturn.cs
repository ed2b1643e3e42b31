using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Cooperatives.Features.AnnualReturns;

/// <summary>
/// Corrects a filed return (If-Match) with a reason. The audit trail keeps who changed what from which values
/// (see <c>GET …/annual-returns/history</c>). Publishes AnnualReturnFiled again with the corrected figures.
/// </summary>
public static class CorrectAnnualReturn
{
    public sealed record Request(int? JobsProvided, MoneyRequest? Revenue, string? Reason);

    /// <summary>What the handler works with besides its input, bound as one parameter.</summary>
    public readonly record struct Services(
        CallerContext Caller, CooperativesDbContext Db, RegionCatalog Regions, TimeProvider Clock, HttpContext Http,
        CancellationToken CancellationToken);

    public static void MapCorrectAnnualReturn(this RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}/annual-returns/{year:int}", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(CorrectAnnualReturn))
            .WithSummary("Correct an annual return")
            .ProducesProblems(ProblemResponses.Change);

    internal static async Task<Ok<AnnualReturnResponse>> Handle(
        Guid id, int year, Request request, [AsParameters] Services services)
    {
        var (caller, db, regions, clock, http, cancellationToken) = services;
        new FieldErrors().Validate(request.JobsProvided, request.Revenue)
            .Required("reason", request.Reason).MaxLength("reason", request.Reason, 500)
            .ThrowIfAny();
        var cooperative = await db.FindWritableAsync(caller, id, cancellationToken);
        var region = regions.Get(cooperative.Region);
        var annualReturn = await db.AnnualReturns.FirstOrDefaultAsync(r => r.CooperativeId == id && r.Year == year, cancellationToken)
            ?? throw new NotFoundException($"The return for {year}");
        ETags.RequireMatch(http, annualReturn.Version);

        var now = clock.GetUtcNow();
        annualReturn.Correct(request.JobsProvided!.Value, request.Revenue!.ToMoney(region), request.Reason!.Trim(), region, now);
        db.AddEvent(AnnualReturnEvents.Filed(annualReturn), annualReturn.Region, now);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, annualReturn.Version);
        return TypedResults.Ok(AnnualReturnResponse.From(annualReturn, region));
    }
}
