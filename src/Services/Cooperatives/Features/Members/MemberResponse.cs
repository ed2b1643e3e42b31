using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.Cooperatives.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Features.Members;

/// <summary>A membership. The national id is masked unless the caller is the member or an officer of the region.</summary>
public sealed record MemberResponse(
    Guid Id, Guid CooperativeId, string NationalId, string FullName, int Shares, bool IsFounder, DateOnly JoinedOn,
    DateOnly? LeftOn, bool Active)
{
    public static MemberResponse For(Member m, CallerContext caller) =>
        new(m.Id, m.CooperativeId,
            caller.IsRegistryOfficer(m.Region) || caller.Owns(m.NationalId) ? m.NationalId : SharedKernel.NationalId.Mask(m.NationalId),
            m.FullName, m.Shares, m.IsFounder, m.JoinedOn, m.LeftOn, m.IsActive);
}
