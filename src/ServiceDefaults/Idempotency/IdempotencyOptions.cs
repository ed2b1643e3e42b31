namespace LabourWelfare.ServiceDefaults.Idempotency;

/// <summary>Settings (section "Idempotency").</summary>
public sealed class IdempotencyOptions
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";

    /// <summary>How long a key is remembered.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A first request still "running" after this long is taken as crashed; a retry may run again.</summary>
    public TimeSpan AbandonedAfter { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    public int MaxKeyLength { get; set; } = 200;
}
