using System.Diagnostics.Metrics;
using MassTransit;

namespace LabourWelfare.Messaging;

/// <summary>
/// Counts consume retries by reason ("database-outage", "fault") as <c>messaging.consume.retries</c>, so operators see a
/// database outage on the dashboard as a rising count while messages wait, rather than as silence.
/// </summary>
internal sealed class RetryMetrics(string reason) : IRetryObserver
{
    public const string MeterName = "LabourWelfare.Messaging";
    public const string InstrumentName = "messaging.consume.retries";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Retries = Meter.CreateCounter<long>(InstrumentName,
        description: "Consume attempts that failed and will be tried again");

    public Task PreRetry<T>(RetryContext<T> context) where T : class, PipeContext
    {
        Retries.Add(1, new KeyValuePair<string, object?>("reason", reason));
        return Task.CompletedTask;
    }

    public Task PostCreate<T>(RetryPolicyContext<T> context) where T : class, PipeContext => Task.CompletedTask;

    public Task PostFault<T>(RetryContext<T> context) where T : class, PipeContext => Task.CompletedTask;

    public Task RetryFault<T>(RetryContext<T> context) where T : class, PipeContext => Task.CompletedTask;

    public Task RetryComplete<T>(RetryContext<T> context) where T : class, PipeContext => Task.CompletedTask;
}
