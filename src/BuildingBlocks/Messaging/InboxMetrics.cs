using System.Diagnostics.Metrics;

namespace LabourWelfare.Messaging;

/// <summary>The inbox's instruments, on the meter of the messaging block (exported with "LabourWelfare.*").</summary>
public static class InboxMetrics
{
    public const string BatchSizeInstrument = "messaging.inbox.batch.size";

    internal static readonly Meter Meter = new(RetryMetrics.MeterName);
}
