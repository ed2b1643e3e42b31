using LabourWelfare.SharedKernel;

namespace LabourWelfare.Mediation.Domain;

/// <summary>
/// Who may take a case: an active mediator of the case's region, with the specialty the category needs, speaking the
/// case's language, below their caseload limit, and without a declared conflict of interest with the case or its parties.
/// </summary>
public static class AssignmentRules
{
    public static void EnsureCanTake(
        Mediator mediator, MediationCase @case, int openCaseload, IEnumerable<ConflictOfInterest> conflicts)
    {
        if (!mediator.Active)
            throw new DomainRuleException("mediator-inactive", "The mediator is not active.");
        if (!string.Equals(mediator.Region, @case.Region, StringComparison.OrdinalIgnoreCase))
            throw new DomainRuleException("mediator-other-region", "The mediator works in another region.");
        if (CaseCategories.RequiredSpecialty(@case.Category) is { } specialty && !mediator.Specialties.Contains(specialty))
            throw new DomainRuleException("specialty-mismatch", $"The case needs a mediator with the {specialty.ToString().ToLowerInvariant()} specialty.");
        if (!mediator.Speaks(@case.Language))
            throw new DomainRuleException("language-mismatch", "The mediator does not hold sessions in the case's language.");
        if (@case.MediatorId != mediator.Id && openCaseload >= mediator.CaseloadLimit)
            throw new DomainRuleException("caseload-full", $"The mediator already carries {openCaseload} open cases (limit {mediator.CaseloadLimit}).");
        if (conflicts.Any(c => c.MediatorId == mediator.Id && c.Concerns(@case.Id, @case.Parties.Select(p => p.ToParty()))))
            throw new DomainRuleException("conflict-of-interest", "The mediator declared a conflict of interest with this case or one of its parties.");
    }
}
