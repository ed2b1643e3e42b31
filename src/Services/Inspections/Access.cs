using LabourWelfare.ServiceDefaults;

namespace LabourWelfare.Inspections;

/// <summary>
/// Who may call what, as data: policy → roles. Inspectors write in their own region, supervisors read theirs;
/// records of another region answer 404. Citizens reach only the accident files where they are among the injured.
/// </summary>
public static class Access
{
    public const string Read = "inspections.read";
    public const string Write = "inspections.write";
    public const string ReadAccidents = "inspections.accidents.read";

    public static readonly IReadOnlyDictionary<string, string[]> Table = new Dictionary<string, string[]>
    {
        [Read] = [Roles.Inspector, Roles.Supervisor, Roles.Admin],
        [Write] = [Roles.Inspector, Roles.Admin],
        [ReadAccidents] = [Roles.Inspector, Roles.Supervisor, Roles.Admin, Roles.Citizen],
    };
}
