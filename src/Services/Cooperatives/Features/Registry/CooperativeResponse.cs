using LabourWelfare.Cooperatives.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Features.Registry;

/// <summary>
/// A cooperative as the API shows it. <see cref="ActiveMembers"/> is counted from the members, never typed in;
/// <see cref="BelowMinimumSince"/> is the flag, and <see cref="SuspensionDueOn"/> the day the scheduled check suspends it.
/// </summary>
public sealed record CooperativeResponse(
    Guid Id, string Region, string RegistrationNumber, string Name, CooperativeSector Sector, string? County,
    CooperativeStatus Status, DateOnly? RegisteredOn, DateOnly? ActivatedOn, DateOnly? SuspendedOn,
    SuspensionReason? SuspensionReason, DateOnly? DissolvedOn, DissolutionReason? DissolutionReason,
    int ActiveMembers, int MinimumMembers, bool BelowMinimum, DateOnly? BelowMinimumSince, DateOnly? SuspensionDueOn,
    DateTimeOffset CreatedAt)
{
    public static CooperativeResponse From(Cooperative c, int activeMembers, RegionCatalog regions) =>
        new(c.Id, c.Region, c.RegistrationNumber, c.Name, c.Sector, c.County, c.Status, c.RegisteredOn, c.ActivatedOn,
            c.SuspendedOn, c.SuspensionReason, c.DissolvedOn, c.DissolutionReason, activeMembers,
            regions.Get(c.Region).MinimumFoundingMembers, c.IsFlaggedBelowMinimum, c.BelowMinimumSince,
            c.IsFlaggedBelowMinimum && c.Status is CooperativeStatus.Registered or CooperativeStatus.Active
                ? MembershipRule.SuspensionDate(c.BelowMinimumSince!.Value) : null,
            c.CreatedAt);
}
