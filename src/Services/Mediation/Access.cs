using LabourWelfare.ServiceDefaults;

namespace LabourWelfare.Mediation;

/// <summary>
/// Who may call what, as data: policy → roles. Handlers then check the record: officers act in their own region, a
/// case is seen only by its assigned mediator, the region's supervisors and its parties (everyone else: 404).
/// Admins run the mediator roster and read statistics but, by the confidentiality rule, do not read cases.
/// </summary>
public static class Access
{
    public const string ReadMediators = "mediation.mediators.read";
    public const string ManageMediators = "mediation.mediators.manage";
    public const string DeclareConflicts = "mediation.conflicts.declare";
    public const string OpenCases = "mediation.cases.open";
    public const string ReadCases = "mediation.cases.read";
    public const string AssignCases = "mediation.cases.assign";
    public const string WorkCases = "mediation.cases.work";
    public const string ReadStatistics = "mediation.statistics.read";

    public static readonly IReadOnlyDictionary<string, string[]> Table = new Dictionary<string, string[]>
    {
        [ReadMediators] = [Roles.Supervisor, Roles.Mediator, Roles.Admin],
        [ManageMediators] = [Roles.Supervisor, Roles.Admin],
        [DeclareConflicts] = [Roles.Mediator, Roles.Supervisor, Roles.Admin],
        [OpenCases] = [Roles.Supervisor, Roles.Mediator, Roles.Citizen],
        [ReadCases] = [Roles.Supervisor, Roles.Mediator, Roles.Citizen],
        [AssignCases] = [Roles.Supervisor],
        [WorkCases] = [Roles.Supervisor, Roles.Mediator],
        [ReadStatistics] = [Roles.Supervisor, Roles.Admin],
    };
}
