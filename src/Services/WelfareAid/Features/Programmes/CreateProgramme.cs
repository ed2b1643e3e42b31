using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.WelfareAid.Features.Programmes;

/// <summary>
/// An aid officer drafts a programme of their region: kind, eligibility rules, period, benefit and budget. Amounts are in
/// the region's currency (a currency, when sent, must be it).
/// </summary>
public static class CreateProgramme
{
    public sealed record Request(
        string? Name, string? Region, ProgrammeKind? Kind, int? MaxDecile, TargetGroup[]? TargetGroups,
        DateOnly? StartsOn, DateOnly? EndsOn, decimal? BenefitAmount, decimal? BudgetAmount, string? Currency);

    public static void MapCreateProgramme(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .RequireAuthorization(Access.Manage)
            .WithName(nameof(CreateProgramme))
            .WithSummary("Draft an aid programme")
            .ProducesProblems(StatusCodes.Status409Conflict);

    internal static async Task<Created<ProgrammeResponse>> Handle(
        Request request, CallerContext caller, WelfareAidDbContext db, RegionCatalog regions, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var regionCode = request.Region ?? caller.Region;
        regions.TryGet(regionCode, out var region);
        new FieldErrors()
            .Required("name", request.Name).MaxLength("name", request.Name, 300)
            .When(regionCode is null, "region", "is required.")
            .When(regionCode is not null && region is null, "region", "is not a known region.")
            .Required("kind", request.Kind)
            .Range("maxDecile", request.MaxDecile, Beneficiary.MinDecile, Beneficiary.MaxDecile)
            .Required("startsOn", request.StartsOn)
            .Required("endsOn", request.EndsOn)
            .When(request.StartsOn is { } from && request.EndsOn is { } to && to < from, "endsOn", "must be on or after startsOn.")
            .Required("benefitAmount", request.BenefitAmount)
            .When(request.BenefitAmount is <= 0, "benefitAmount", "must be positive.")
            .Required("budgetAmount", request.BudgetAmount)
            .When(request.BudgetAmount is <= 0, "budgetAmount", "must be positive.")
            .When(request.BudgetAmount < request.BenefitAmount, "budgetAmount", "must cover at least one benefit.")
            .When(region is not null && request.Currency is not null && request.Currency != region.Currency,
                "currency", $"must be the region's currency ({region?.Currency}).")
            .ThrowIfAny();

        var regionToWrite = caller.RequireRegionFor(region!.Code);
        var programme = Programme.Create(regionToWrite, request.Name!.Trim(), request.Kind!.Value, request.MaxDecile,
            request.TargetGroups ?? [], request.StartsOn!.Value, request.EndsOn!.Value,
            new Money(request.BenefitAmount!.Value, region.Currency), new Money(request.BudgetAmount!.Value, region.Currency),
            caller.Actor, clock.GetUtcNow());
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, programme.Version);
        return TypedResults.Created($"/api/aid/programmes/{programme.Id}", ProgrammeResponse.From(programme));
    }
}
