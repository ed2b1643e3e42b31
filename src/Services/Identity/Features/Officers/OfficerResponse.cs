using LabourWelfare.Identity.Domain;

namespace LabourWelfare.Identity.Features.Officers;

public sealed record OfficerResponse(
    string Id, string Username, string DisplayName, string Region, IReadOnlyList<string> Roles,
    bool Disabled, bool TwoFactorEnabled, bool MustChangePassword, DateTimeOffset CreatedAt)
{
    public static OfficerResponse From(PlatformUser user, IEnumerable<string> roles) => new(
        user.Id, user.UserName!, user.DisplayName, user.Region!, [.. roles.Order(StringComparer.Ordinal)],
        user.IsDisabled, user.TwoFactorEnabled, user.MustChangePassword, user.CreatedAt);
}
