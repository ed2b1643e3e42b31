using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Domain;

namespace LabourWelfare.WelfareAid.Features.Referrals;

public sealed record ReferralResponse(
    Guid Id, string Region, Guid BeneficiaryId, string BeneficiaryName, string NationalId, TargetGroup TargetGroup,
    ApplicationOrigin Origin, string SourceReference, string? Detail, Provenance OpenedBy, ReferralStatus Status,
    Guid? ApplicationId, DateTimeOffset CreatedAt)
{
    public static ReferralResponse From(Referral r, Beneficiary b, CallerContext caller) => new(
        r.Id, r.Region, r.BeneficiaryId, b.FullName, caller.SeesRegion(r.Region) ? b.NationalId : SharedKernel.NationalId.Mask(b.NationalId),
        r.TargetGroup, r.Origin, r.SourceReference, r.Detail, r.OpenedBy, r.Status, r.ApplicationId, r.CreatedAt);
}
