using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Domain;

namespace LabourWelfare.WelfareAid.Features.Beneficiaries;

/// <summary>A beneficiary as the caller may see it: the national id is masked unless they own it or are an officer of the region.</summary>
public sealed record BeneficiaryResponse(
    Guid Id, string Region, string NationalId, string FullName, int? HouseholdSize, int? IncomeDecile,
    IReadOnlyList<TargetGroup> TargetGroups, Provenance? OpenedBy, DateTimeOffset CreatedAt)
{
    public static BeneficiaryResponse From(Beneficiary b, CallerContext caller) => new(
        b.Id, b.Region, caller.SeesRegion(b.Region) || caller.Owns(b.NationalId) ? b.NationalId : SharedKernel.NationalId.Mask(b.NationalId),
        b.FullName, b.HouseholdSize, b.IncomeDecile, b.TargetGroups, b.OpenedBy, b.CreatedAt);
}
