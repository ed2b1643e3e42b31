using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Beneficiaries;

/// <summary>
/// Finds a beneficiary by national id. The id travels in the body, never in the URL (URLs are logged). Ids are checked
/// against any configured country, so an officer need not say which one.
/// </summary>
public static class FindBeneficiary
{
    public sealed record Request(string? NationalId);

    public static void MapFindBeneficiary(this RouteGroupBuilder group) =>
        group.MapPost("/search", Handle)
            .RequireAuthorization(Access.Oversee)
            .WithName(nameof(FindBeneficiary))
            .WithSummary("Find a beneficiary by national id (in the body)")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<BeneficiaryResponse>> Handle(
        Request request, CallerContext caller, WelfareAidDbContext db, RegionCatalog regions, HttpContext http,
        CancellationToken cancellationToken)
    {
        var nationalId = NationalIds.NormalizeAny(request.NationalId, regions)
            ?? throw ValidationException.For("nationalId", NationalIds.Invalid);
        var beneficiary = await db.Beneficiaries.AsNoTracking().FirstOrDefaultAsync(b => b.NationalId == nationalId, cancellationToken);
        if (beneficiary is null || !caller.SeesRegion(beneficiary.Region)) throw new NotFoundException("The beneficiary");
        await db.AuditReadAsync<Domain.Beneficiary>(beneficiary.Id, cancellationToken);
        ETags.Set(http, beneficiary.Version);
        return TypedResults.Ok(BeneficiaryResponse.From(beneficiary, caller));
    }
}
