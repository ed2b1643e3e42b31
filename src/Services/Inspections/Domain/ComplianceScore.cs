namespace LabourWelfare.Inspections.Domain;

/// <summary>
/// Share of applicable checklist weight found compliant, 0-100 with one decimal. Items weigh by severity
/// (minor 1, major 2, critical 3); not-applicable items do not count; nothing applicable scores 100.
/// </summary>
public static class ComplianceScore
{
    public static int Weight(Severity severity) => severity switch
    {
        Severity.Minor => 1,
        Severity.Major => 2,
        _ => 3,
    };

    public static decimal Compute(ChecklistTemplate template, IEnumerable<ChecklistAnswer> answers)
    {
        decimal applicable = 0, compliant = 0;
        foreach (var answer in answers)
        {
            if (answer.Answer == Answer.NotApplicable || template.Item(answer.ItemCode) is not { } item) continue;
            var weight = Weight(item.Severity);
            applicable += weight;
            if (answer.Answer == Answer.Compliant) compliant += weight;
        }
        return applicable == 0 ? 100m : Math.Round(100m * compliant / applicable, 1, MidpointRounding.AwayFromZero);
    }
}
