using LabourWelfare.ServiceDefaults;

namespace LabourWelfare.WelfareAid;

/// <summary>
/// Who may call what, as data: policy → roles. Region and ownership are then checked against the record: aid officers
/// act in their region, supervisors read it, citizens see and submit only their own applications.
/// </summary>
public static class Access
{
    /// <summary>Read programmes and applications (citizens: active programmes and their own applications).</summary>
    public const string Read = "aid.read";

    /// <summary>Submit an application (citizens for themselves, aid officers for a beneficiary).</summary>
    public const string Apply = "aid.apply";

    /// <summary>Region-wide reads: beneficiaries, referrals, statistics.</summary>
    public const string Oversee = "aid.oversee";

    /// <summary>Run the office: beneficiaries, programmes, decisions, disbursements, reconciliation.</summary>
    public const string Manage = "aid.manage";

    public static readonly IReadOnlyDictionary<string, string[]> Table = new Dictionary<string, string[]>
    {
        [Read] = [Roles.AidOfficer, Roles.Supervisor, Roles.Admin, Roles.Citizen],
        [Apply] = [Roles.AidOfficer, Roles.Admin, Roles.Citizen],
        [Oversee] = [Roles.AidOfficer, Roles.Supervisor, Roles.Admin],
        [Manage] = [Roles.AidOfficer, Roles.Admin],
    };

    /// <summary>Sees the region's records in full (national ids unmasked).</summary>
    public static bool SeesRegion(this CallerContext caller, string region) =>
        caller.IsOfficerOf(region, Roles.AidOfficer, Roles.Supervisor);

    /// <summary>Changes the region's records.</summary>
    public static bool ActsIn(this CallerContext caller, string region) =>
        caller.IsOfficerOf(region, Roles.AidOfficer);
}
