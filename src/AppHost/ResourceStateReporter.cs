using Microsoft.Extensions.Hosting;

namespace LabourWelfare.AppHost;

/// <summary>
/// Writes each resource's state and health changes to the AppHost's console, so a terminal user sees the platform
/// come up (and what failed) without opening the dashboard.
/// </summary>
internal sealed class ResourceStateReporter(ResourceNotificationService notifications, ILogger<ResourceStateReporter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var last = new Dictionary<string, string>();
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
            {
                var snapshot = update.Snapshot;
                if (snapshot.State?.Text is not { Length: > 0 } state) continue;
                var health = snapshot.HealthStatus?.ToString() ?? "-";
                var line = $"{state} / {health}";
                if (last.TryGetValue(update.ResourceId, out var previous) && previous == line) continue;
                last[update.ResourceId] = line;
                if (update.Resource is ParameterResource) continue;
                logger.LogInformation("{Resource}: {State}, health {Health}{ExitCode}", update.ResourceId, state, health,
                    snapshot.ExitCode is { } code ? $", exit code {code}" : "");
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
