using LabourWelfare.ServiceDefaults;
using Microsoft.Extensions.Configuration;

namespace LabourWelfare.Gateway;

/// <summary>The four services behind the gateway: their public path prefix and where they listen.</summary>
public sealed record DownstreamService(string Name, string PathPrefix, Uri Address)
{
    /// <summary>Public path prefixes; each service serves its API under the same prefix, so nothing is rewritten.</summary>
    public static readonly IReadOnlyDictionary<string, string> Prefixes = new Dictionary<string, string>
    {
        [PlatformResources.Inspections.Name] = "/api/inspections",
        [PlatformResources.WelfareAid.Name] = "/api/aid",
        [PlatformResources.Cooperatives.Name] = "/api/cooperatives",
        [PlatformResources.Mediation.Name] = "/api/mediation",
    };

    /// <summary>
    /// The services by logical name (http://inspections, …): Microsoft.Extensions.ServiceDiscovery resolves each from
    /// services:&lt;name&gt;:http:0 (services__&lt;name&gt;__http__0, the form Aspire writes) for YARP's destinations
    /// (AddServiceDiscoveryDestinationResolver) and for the gateway's own HttpClients. A missing entry fails at start-up,
    /// not on the first request.
    /// </summary>
    public static IReadOnlyList<DownstreamService> FromConfiguration(IConfiguration configuration) =>
        Prefixes.Select(entry =>
        {
            if (!configuration.GetSection($"services:{entry.Key}").Exists())
                throw new InvalidOperationException(
                    $"Where '{entry.Key}' listens is not configured: set {PlatformResources.ServiceEndpointVariable(entry.Key)}.");
            return new DownstreamService(entry.Key, entry.Value, new Uri($"http://{entry.Key}"));
        }).ToList();
}
