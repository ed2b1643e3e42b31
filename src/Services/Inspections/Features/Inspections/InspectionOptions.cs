namespace LabourWelfare.Inspections.Features.Inspections;

/// <summary>Section "Inspections" of the configuration.</summary>
public sealed class InspectionOptions
{
    /// <summary>Days after the latest corrective deadline of a critical violation by which the follow-up is due.</summary>
    public int FollowUpGraceDays { get; set; } = 14;

    /// <summary>How often the overdue follow-up check runs.</summary>
    public TimeSpan OverdueCheckInterval { get; set; } = TimeSpan.FromHours(1);
}
