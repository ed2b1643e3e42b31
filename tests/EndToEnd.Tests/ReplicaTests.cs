using System.Net.Http.Json;
using System.Text.Json;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.EndToEnd.Tests;

/// <summary>
/// Replicas:&lt;service&gt;=2 (the whole end-to-end run uses it) gives every service two processes that compete for
/// the same queues; the event-chain tests then check that each event still has exactly one effect.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ReplicaTests(AspirePlatform platform)
{
    [Fact]
    public async Task Every_queue_of_every_service_has_one_consumer_per_replica()
    {
        var queues = new Dictionary<string, int>();
        await Eventually.Until(async () =>
        {
            var json = await platform.Management.Http.GetFromJsonAsync<JsonElement>("api/queues/%2F");
            // The services' receive endpoints ("<service>-<event>"); not their _error/_skipped queues, not each
            // process's own temporary bus queue, not the tests' partner queues.
            queues = json.EnumerateArray()
                .Select(q => (Name: q.GetProperty("name").GetString()!, Consumers: q.GetProperty("consumers").GetInt32()))
                .Where(q => PlatformResources.Services.Any(s => q.Name.StartsWith(s.Name + "-", StringComparison.Ordinal))
                         && !q.Name.EndsWith("_error", StringComparison.Ordinal) && !q.Name.EndsWith("_skipped", StringComparison.Ordinal))
                .ToDictionary(q => q.Name, q => q.Consumers);
            return PlatformResources.Services.Count(s => queues.Keys.Any(q => q.StartsWith(s.Name + "-", StringComparison.Ordinal))) >= 3
                && queues.Values.All(c => c == AspirePlatform.Replicas);
        }, "every service queue has a consumer per replica", TimeSpan.FromSeconds(60));

        foreach (var (queue, consumers) in queues)
            Assert.True(consumers == AspirePlatform.Replicas, $"{queue} has {consumers} consumers, not {AspirePlatform.Replicas}");
    }
}
