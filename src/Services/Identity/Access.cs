using LabourWelfare.ServiceDefaults;

namespace LabourWelfare.Identity;

/// <summary>
/// Who may call the admin API, as data: policy → roles. The region is then checked against the account: an admin
/// manages the officers of their own region only (another region's officer is a 404, naming another region a 403).
/// </summary>
public static class Access
{
    /// <summary>Creating, listing, disabling, enabling and re-roling officers: the region's admins.</summary>
    public const string ManageOfficers = "identity.officers";

    public static readonly IReadOnlyDictionary<string, string[]> Table = new Dictionary<string, string[]>
    {
        [ManageOfficers] = [Roles.Admin],
    };

    /// <summary>The roles an admin may give an officer account.</summary>
    public static IReadOnlyList<string> OfficerRoles { get; } = [.. Roles.Officers, Roles.Admin];
}
