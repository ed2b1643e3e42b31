using LabourWelfare.SharedKernel;

namespace LabourWelfare.Mediation.Domain;

/// <summary>
/// Received → Assigned → InSession → Settled | NotSettled | Withdrawn → Closed. An assigned case may be reassigned
/// and may reach an outcome without a session (parties settle on the phone); any open case may be withdrawn.
/// </summary>
public static class CaseTransitions
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Allowed = new()
    {
        [CaseStatus.Received] = [CaseStatus.Assigned, CaseStatus.Withdrawn],
        [CaseStatus.Assigned] = [CaseStatus.Assigned, CaseStatus.InSession, CaseStatus.Settled, CaseStatus.NotSettled, CaseStatus.Withdrawn],
        [CaseStatus.InSession] = [CaseStatus.Settled, CaseStatus.NotSettled, CaseStatus.Withdrawn],
        [CaseStatus.Settled] = [CaseStatus.Closed],
        [CaseStatus.NotSettled] = [CaseStatus.Closed],
        [CaseStatus.Withdrawn] = [CaseStatus.Closed],
        [CaseStatus.Closed] = [],
    };

    public static bool IsAllowed(CaseStatus from, CaseStatus to) => Allowed[from].Contains(to);

    public static void Ensure(CaseStatus from, CaseStatus to)
    {
        if (!IsAllowed(from, to))
            throw new DomainRuleException("case-transition-not-allowed", $"A case that is {Name(from)} cannot become {Name(to)}.");
    }

    public static CaseStatus StatusOf(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Settled => CaseStatus.Settled,
        CaseOutcome.NotSettled => CaseStatus.NotSettled,
        _ => CaseStatus.Withdrawn,
    };

    private static string Name(CaseStatus status) => KebabCase.Name(status);
}
