using System.Diagnostics;
using OpenTelemetry;

namespace LabourWelfare.ServiceDefaults;

/// <summary>
/// Keeps the trace list for what people and events did: a database command that belongs to no request, message or
/// event (the outbox relay's polling every second, cleanup jobs) is not exported. The same command inside a traced
/// operation (the relay publishing a stored event carries that event's trace) is kept.
/// </summary>
public sealed class BackgroundSpanFilter : BaseProcessor<Activity>
{
    public const string DatabaseSource = "Npgsql";

    public override void OnStart(Activity data)
    {
        if (data.Source.Name == DatabaseSource && data.Parent is null && data.ParentSpanId == default)
        {
            data.IsAllDataRequested = false;
            data.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
        }
    }
}
