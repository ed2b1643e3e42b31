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
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    internal static async Task<Results<Ok<BeneficiaryResponse>, ValidationProblem, NotFound>> Handle(
        Guid id, Request request, CallerContext caller, WelfareAidDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().Person(request.FullName, request.HouseholdSize, request.IncomeDecile);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var beneficiary = await db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (beneficiary is null || !caller.ActsIn(beneficiary.Region)) return TypedResults.NotFound();
        ETags.RequireMatch(http, beneficiary.Version);

        beneficiary.Update(request.FullName!.Trim(), request.HouseholdSize, request.IncomeDecile, request.TargetGroups ?? []);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, beneficiary.Version);
        return TypedResults.Ok(BeneficiaryResponse.From(beneficiary, caller));
    }
}
