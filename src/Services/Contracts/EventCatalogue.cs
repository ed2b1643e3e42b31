namespace LabourWelfare.Contracts;

/// <summary>
/// Which service publishes which public event. Each service declares the exchanges of its events when its bus starts,
/// so a partner can bind a queue before the first event is ever published (a partner's user may not create them).
/// A test checks that these lists cover every event of the catalogue exactly once.
/// </summary>
public static class EventCatalogue
{
    public static readonly IReadOnlyList<Type> Inspections =
    [
        typeof(InspectionCompleted), typeof(ViolationRecorded), typeof(FollowUpOverdue), typeof(AccidentReported),
        typeof(AccidentCaseClosed), typeof(HealthCampaignAnnounced),
    ];

    public static readonly IReadOnlyList<Type> WelfareAid =
        [typeof(AidApplicationApproved), typeof(AidDisbursed), typeof(ProgrammeBudgetExhausted)];

    public static readonly IReadOnlyList<Type> Cooperatives =
    [
        typeof(CooperativeRegistered), typeof(CooperativeSuspended), typeof(CooperativeDissolved), typeof(AnnualReturnFiled),
        typeof(EnergyProjectCommissioned),
    ];

    public static readonly IReadOnlyList<Type> Mediation = [typeof(MediationCaseClosed)];

    public static IEnumerable<Type> All => Inspections.Concat(WelfareAid).Concat(Cooperatives).Concat(Mediation);
}
