using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Beneficiaries;

/// <summary>An aid officer registers a beneficiary of their region; a national id is registered once.</summary>
public static class RegisterBeneficiary
{
    public sealed record Request(
        string? NationalId, string? FullName, string? Region, int? HouseholdSize, int? IncomeDecile, TargetGroup[]? TargetGroups);

    public static void MapRegisterBeneficiary(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .RequireAuthorization(Access.Manage)
            .WithName(nameof(RegisterBeneficiary))
            .WithSummary("Register a beneficiary")
            .ProducesProblems(StatusCodes.Status409Conflict);

    internal static async Task<Created<BeneficiaryResponse>> Handle(
        Request request, CallerContext caller, WelfareAidDbContext db, RegionCatalog regions, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var regionCode = request.Region ?? caller.Region;
        regions.TryGet(regionCode, out var region);
        new FieldErrors()
            .When(regionCode is null, "region", "is required.")
            .When(regionCode is not null && region is null, "region", "is not a known region.")
            .NationalId("nationalId", request.NationalId, region, out var nationalId)
            .Person(request.FullName, request.HouseholdSize, request.IncomeDecile)
            .ThrowIfAny();

        var regionToWrite = caller.RequireRegionFor(region!.Code);
        if (await db.Beneficiaries.AnyAsync(b => b.NationalId == nationalId, cancellationToken))
            throw new DomainRuleException("beneficiary-exists", "A beneficiary with this national id is already registered.");

        var beneficiary = Beneficiary.Register(regionToWrite, nationalId, request.FullName!.Trim(), request.HouseholdSize,
            request.IncomeDecile, request.TargetGroups ?? [], caller.Actor, clock.GetUtcNow());
        db.Beneficiaries.Add(beneficiary);
        await db.SaveChangesAsync(cancellationToken); // a concurrent duplicate fails on the unique index: 409
        ETags.Set(http, beneficiary.Version);
        return TypedResults.Created($"/api/aid/beneficiaries/{beneficiary.Id}", BeneficiaryResponse.From(beneficiary, caller));
    }
}
