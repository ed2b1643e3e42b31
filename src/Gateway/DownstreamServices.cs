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

    /// <summary>Reads services:&lt;name&gt;:http:0 (services__&lt;name&gt;__http__0), the form Aspire writes.</summary>
    public static IReadOnlyList<DownstreamService> FromConfiguration(IConfiguration configuration) =>
        Prefixes.Select(entry =>
        {
            var key = $"services:{entry.Key}:http:0";
            var address = configuration[key] ?? configuration[$"services:{entry.Key}:https:0"]
                ?? throw new InvalidOperationException(
                    $"Where '{entry.Key}' listens is not configured: set {PlatformResources.ServiceEndpointVariable(entry.Key)}.");
            return new DownstreamService(entry.Key, entry.Value, new Uri(address));
        }).ToList();
}
