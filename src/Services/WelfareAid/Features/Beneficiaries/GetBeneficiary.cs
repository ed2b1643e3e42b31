using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Beneficiaries;

/// <summary>Reads one beneficiary of the caller's region; any other answers 404.</summary>
public static class GetBeneficiary
{
    public static void MapGetBeneficiary(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .RequireAuthorization(Access.Oversee)
            .WithName(nameof(GetBeneficiary))
            .WithSummary("Read a beneficiary")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<BeneficiaryResponse>> Handle(
        Guid id, CallerContext caller, WelfareAidDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var beneficiary = await db.Beneficiaries.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (beneficiary is null || !caller.SeesRegion(beneficiary.Region)) throw new NotFoundException("The beneficiary");
        await db.AuditReadAsync<Domain.Beneficiary>(beneficiary.Id, cancellationToken);
        ETags.Set(http, beneficiary.Version);
        return TypedResults.Ok(BeneficiaryResponse.From(beneficiary, caller));
    }
}
