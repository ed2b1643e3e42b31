using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Referrals;

/// <summary>Reads one referral of the caller's region, with the event that opened it.</summary>
public static class GetReferral
{
    public static void MapGetReferral(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .RequireAuthorization(Access.Oversee)
            .WithName(nameof(GetReferral))
            .WithSummary("Read a referral")
            .ProducesProblems(StatusCodes.Status404NotFound);

    internal static async Task<Ok<ReferralResponse>> Handle(
        Guid id, CallerContext caller, WelfareAidDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null || !caller.SeesRegion(referral.Region)) throw new NotFoundException("The referral");
        var beneficiary = await db.Beneficiaries.AsNoTracking().SingleAsync(b => b.Id == referral.BeneficiaryId, cancellationToken);
        await db.AuditReadAsync<Domain.Referral>(referral.Id, cancellationToken);
        await db.AuditReadAsync<Domain.Beneficiary>(beneficiary.Id, cancellationToken);
        ETags.Set(http, referral.Version);
        return TypedResults.Ok(ReferralResponse.From(referral, beneficiary, caller));
    }
}
