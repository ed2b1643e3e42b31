using LabourWelfare.ServiceDefaults;

namespace LabourWelfare.Cooperatives;

/// <summary>
/// Who may call what, as data: policy → roles. Region and membership are then checked against the record:
/// registrars write in their region, supervisors read it, a member sees the cooperatives they belong to.
/// </summary>
public static class Access
{
    /// <summary>Reading cooperatives and their members, returns and projects (citizens: only where they are members).</summary>
    public const string Read = "cooperatives.read";

    /// <summary>Keeping the registry: registrars of the region, admins.</summary>
    public const string Write = "cooperatives.write";

    /// <summary>Officer-only reads: statistics and the audit trail of annual returns.</summary>
    public const string Officers = "cooperatives.officers";

    /// <summary>Regional reference figures (the renewable-energy target): an admin, of that region only (checked in the handler).</summary>
    public const string Admin = "cooperatives.admin";

    public static readonly IReadOnlyDictionary<string, string[]> Table = new Dictionary<string, string[]>
    {
        [Read] = [Roles.Registrar, Roles.Supervisor, Roles.Admin, Roles.Citizen],
        [Write] = [Roles.Registrar, Roles.Admin],
        [Officers] = [Roles.Registrar, Roles.Supervisor, Roles.Admin],
        [Admin] = [Roles.Admin],
    };
}
