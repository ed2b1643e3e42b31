namespace LabourWelfare.Mediation.Domain;

/// <summary>What a case is about. Labour disputes need a labour mediator, family conflicts a family one.</summary>
public enum CaseCategory { LabourWages, LabourDismissal, LabourContract, Family, Other }

/// <summary>How the case reached the centre.</summary>
public enum CaseChannel { WalkIn, Phone, Online, InspectionReferral }

public enum CaseStatus { Received, Assigned, InSession, Settled, NotSettled, Withdrawn, Closed }

public enum CaseOutcome { Settled, NotSettled, Withdrawn }

/// <summary>Where a case that ended without settlement is sent on.</summary>
public enum ReferralDestination { Court, LabourDisputeBoard }

public enum Specialty { Labour, Family }

public enum PartyKind { Person, Organisation }

public enum PartyRole { Applicant, Respondent }

public enum SessionStatus { Scheduled, Cancelled }

public static class CaseCategories
{
    /// <summary>The specialty a mediator needs for this category; null when any mediator may take it.</summary>
    public static Specialty? RequiredSpecialty(CaseCategory category) => category switch
    {
        CaseCategory.LabourWages or CaseCategory.LabourDismissal or CaseCategory.LabourContract => Specialty.Labour,
        CaseCategory.Family => Specialty.Family,
        _ => null,
    };
}
