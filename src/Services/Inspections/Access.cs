using LabourWelfare.ServiceDefaults;

namespace LabourWelfare.Inspections;

/// <summary>
/// Who may call what, as data: policy → roles. Inspectors write in their own region, supervisors read theirs;
/// records of another region answer 404.
/// </summary>
public static class Access
{
    public const string Read = "inspections.read";
    public const string Write = "inspections.write";

    public static readonly IReadOnlyDictionary<string, string[]> Table = new Dictionary<string, string[]>
    {
        [Read] = [Roles.Inspector, Roles.Supervisor, Roles.Admin],
        [Write] = [Roles.Inspector, Roles.Admin],
    };
}
