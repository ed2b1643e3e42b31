using LabourWelfare.SharedKernel;

namespace LabourWelfare.Cooperatives.Domain;

/// <summary>
/// The allowed moves of a cooperative, as data: Founding → Registered → Active → Suspended → Dissolved, plus
/// reinstatement (Suspended → Active) and dissolution from any registered state. Nothing leaves Dissolved, and a
/// founding file never skips registration.
/// </summary>
public static class CooperativeLifecycle
{
    private static readonly Dictionary<CooperativeStatus, CooperativeStatus[]> Allowed = new()
    {
        [CooperativeStatus.Founding] = [CooperativeStatus.Registered],
        [CooperativeStatus.Registered] = [CooperativeStatus.Active, CooperativeStatus.Suspended, CooperativeStatus.Dissolved],
        [CooperativeStatus.Active] = [CooperativeStatus.Suspended, CooperativeStatus.Dissolved],
        [CooperativeStatus.Suspended] = [CooperativeStatus.Active, CooperativeStatus.Dissolved],
        [CooperativeStatus.Dissolved] = [],
    };

    public static bool CanMove(CooperativeStatus from, CooperativeStatus to) => Allowed[from].Contains(to);

    public static void EnsureCanMove(CooperativeStatus from, CooperativeStatus to)
    {
        if (!CanMove(from, to))
            throw new DomainRuleException("transition-not-allowed", $"A cooperative cannot go from {from} to {to}.");
    }
}
