namespace LabourWelfare.WelfareAid.Domain;

/// <summary>A programme's eligibility rules, kept as data on the programme.</summary>
public sealed record EligibilityRules(
    string Region, int? MaxDecile, IReadOnlyCollection<TargetGroup> TargetGroups, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>One reason the rules gave for refusing a beneficiary.</summary>
public sealed record EligibilityReason(string Code, string Message);

/// <summary>
/// Checks a beneficiary against a programme's rules on a date and says every reason that fails, so an officer (and the
/// applicant) sees all of them at once, not one per attempt.
/// </summary>
public static class Eligibility
{
    public const string RegionMismatch = "region-mismatch";
    public const string DecileUnknown = "income-decile-unknown";
    public const string DecileAboveMaximum = "income-decile-above-maximum";
    public const string NotInTargetGroup = "not-in-target-group";
    public const string OutsidePeriod = "outside-programme-period";
    public const string OfficerDecision = "officer-decision";

    public static IReadOnlyList<EligibilityReason> Evaluate(EligibilityRules rules, Beneficiary beneficiary, DateOnly on)
    {
        var reasons = new List<EligibilityReason>();
        if (!string.Equals(rules.Region, beneficiary.Region, StringComparison.OrdinalIgnoreCase))
            reasons.Add(Reason(RegionMismatch));
        if (rules.MaxDecile is { } max)
        {
            if (beneficiary.IncomeDecile is null) reasons.Add(Reason(DecileUnknown));
            else if (beneficiary.IncomeDecile > max) reasons.Add(new(DecileAboveMaximum, $"The programme serves income deciles 1-{max}; the beneficiary is in decile {beneficiary.IncomeDecile}."));
        }
        if (rules.TargetGroups.Count > 0 && !rules.TargetGroups.Any(beneficiary.TargetGroups.Contains))
            reasons.Add(Reason(NotInTargetGroup));
        if (on < rules.StartsOn || on > rules.EndsOn)
            reasons.Add(Reason(OutsidePeriod));
        return reasons;
    }

    /// <summary>The text shown for a stored reason code.</summary>
    public static EligibilityReason Reason(string code) => new(code, code switch
    {
        RegionMismatch => "The beneficiary is registered in another region than the programme.",
        DecileUnknown => "The beneficiary's income decile is not known yet; an officer must record it.",
        DecileAboveMaximum => "The beneficiary's income decile is above the programme's maximum.",
        NotInTargetGroup => "The beneficiary belongs to none of the programme's target groups.",
        OutsidePeriod => "The date is outside the programme's period.",
        OfficerDecision => "The officer refused the application (see the decision note).",
        _ => code,
    });
}
