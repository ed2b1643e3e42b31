using LabourWelfare.ServiceDefaults;

namespace LabourWelfare.Cooperatives;

/// <summary>
/// Who may call what, as data: policy → roles. Region and membership are then checked against the record:
/// registrars write in their region, supervisors read it, a member sees the cooperatives they belong to.
/// </summary>
public static class Access
{
    public const string Read = "cooperatives.read";
    public const string Write = "cooperatives.write";

    public static readonly IReadOnlyDictionary<string, string[]> Table = new Dictionary<string, string[]>
    {
        [Read] = [Roles.Registrar, Roles.Supervisor, Roles.Admin, Roles.Citizen],
        [Write] = [Roles.Registrar, Roles.Admin],
    };
}
