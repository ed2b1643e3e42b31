namespace LabourWelfare.SharedKernel;

public static class ClockExtensions
{
    /// <summary>Today's date (UTC) on the injected clock, for rules that speak in dates.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
