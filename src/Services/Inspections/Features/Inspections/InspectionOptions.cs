namespace LabourWelfare.Inspections.Features.Inspections;

/// <summary>Section "Inspections" of the configuration.</summary>
public sealed class InspectionOptions
{
    /// <summary>Days after the latest corrective deadline of a critical violation by which the follow-up is due.</summary>
    public int FollowUpGraceDays { get; set; } = 14;

    /// <summary>How often the overdue follow-up check runs (between one second and one day).</summary>
    public TimeSpan OverdueCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Off where another instance (or a test) runs the check itself.</summary>
    public bool OverdueCheckEnabled { get; set; } = true;
}
