using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Beneficiaries;

/// <summary>
/// An aid officer corrects a beneficiary's name, household size, income decile and target groups (e.g. completing a
/// person referred by an event). The national id and region do not change. Needs If-Match.
/// </summary>
public static class UpdateBeneficiary
{
    public sealed record Request(string? FullName, int? HouseholdSize, int? IncomeDecile, TargetGroup[]? TargetGroups);

    public static void MapUpdateBeneficiary(this RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}", Handle)
            .RequireAuthorization(Access.Manage)
            .WithName(nameof(UpdateBeneficiary))
            .WithSummary("Update a beneficiary (If-Match)")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);

    internal static async Task<Ok<BeneficiaryResponse>> Handle(
        Guid id, Request request, CallerContext caller, WelfareAidDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        new FieldErrors().Person(request.FullName, request.HouseholdSize, request.IncomeDecile).ThrowIfAny();

        var beneficiary = await db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (beneficiary is null || !caller.ActsIn(beneficiary.Region)) throw new NotFoundException("The beneficiary");
        ETags.RequireMatch(http, beneficiary.Version);

        beneficiary.Update(request.FullName!.Trim(), request.HouseholdSize, request.IncomeDecile, request.TargetGroups ?? []);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, beneficiary.Version);
        return TypedResults.Ok(BeneficiaryResponse.From(beneficiary, caller));
    }
}
