namespace LabourWelfare.Inspections.Domain;

/// <summary>What the risk of a workplace is computed from: its sector and size and its recent history.</summary>
public sealed record RiskInputs(
    Sector Sector, int WorkforceSize,
    int FatalAccidents, int SeriousAccidents, int MinorAccidents,
    int CriticalViolations, int MajorViolations, int MinorViolations,
    int UnresolvedLabourDisputes, bool MissingAmbassador);

public sealed record RiskFactor(string Factor, int Points);

public sealed record RiskAssessment(int Score, IReadOnlyList<RiskFactor> Factors);

/// <summary>
/// Risk-based targeting: points for the sector's hazard, the size, accidents and violations in the history window
/// (capped so one bad year does not dwarf everything else) and unresolved labour disputes. Higher is riskier.
/// </summary>
public static class RiskScore
{
    /// <summary>How far back accidents and violations count.</summary>
    public const int HistoryYears = 3;

    public static RiskAssessment Assess(RiskInputs inputs)
    {
        var factors = new List<RiskFactor>
        {
            new("sector", inputs.Sector switch
            {
                Sector.Construction => 30,
                Sector.Industry => 25,
                Sector.Agriculture => 20,
                _ => 10,
            }),
            new("size", inputs.WorkforceSize switch
            {
                > 250 => 20,
                > 50 => 12,
                > 10 => 6,
                _ => 2,
            }),
            new("accidents", Math.Min(40, inputs.FatalAccidents * 20 + inputs.SeriousAccidents * 8 + inputs.MinorAccidents * 3)),
            new("violations", Math.Min(30, inputs.CriticalViolations * 10 + inputs.MajorViolations * 4 + inputs.MinorViolations)),
            new("unresolved-labour-disputes", Math.Min(40, inputs.UnresolvedLabourDisputes * 20)),
            new("missing-health-ambassador", inputs.MissingAmbassador ? 5 : 0),
        };
        return new RiskAssessment(factors.Sum(f => f.Points), factors.Where(f => f.Points > 0).ToList());
    }
}
