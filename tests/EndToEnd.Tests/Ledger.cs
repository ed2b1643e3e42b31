using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.EndToEnd.Tests;

/// <summary>"Nothing happened twice, nothing was left behind": counts straight from the services' databases.</summary>
internal static class Ledger
{
    /// <summary>Every outbox is empty: each event the chain wrote was confirmed by the broker, none is stranded.</summary>
    public static Task OutboxesDrainedAsync(AspirePlatform platform) =>
        Eventually.Until(async () =>
        {
            foreach (var service in PlatformResources.Services)
            {
                if (await platform.Database(service.Name).ScalarAsync<long>("SELECT count(*) FROM outbox_messages") != 0) return false;
            }
            return true;
        }, "no outbox row is left unpublished in any service");

    /// <summary>How many inbox rows a service holds for one message id (one per consumer that handled it).</summary>
    public static Task<long> InboxRowsAsync(AspirePlatform platform, string service, Guid messageId) =>
        platform.Database(service).ScalarAsync<long>("SELECT count(*) FROM inbox_messages WHERE message_id = $1", messageId);

    public static Task<long> CountAsync(AspirePlatform platform, string service, string sql, params object[] parameters) =>
        platform.Database(service).ScalarAsync<long>(sql, parameters);
}
