using Yarp.ReverseProxy.Configuration;

namespace LabourWelfare.Gateway;

/// <summary>YARP routes and clusters built from the configured downstream services.</summary>
public static class ProxyConfiguration
{
    /// <summary>Every route requires an authenticated caller at the gateway; services then check roles and regions.</summary>
    public const string RoutePolicy = "default";

    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters) Build(IEnumerable<DownstreamService> services)
    {
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var service in services)
        {
            routes.Add(new RouteConfig
            {
                RouteId = service.Name,
                ClusterId = service.Name,
                AuthorizationPolicy = RoutePolicy,
                Match = new RouteMatch { Path = service.PathPrefix + "/{**rest}" },
            });
            clusters.Add(new ClusterConfig
            {
                ClusterId = service.Name,
                Destinations = new Dictionary<string, DestinationConfig>
                {
                    [service.Name] = new() { Address = service.Address.ToString() },
                },
                HttpRequest = new Yarp.ReverseProxy.Forwarder.ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromSeconds(60) },
            });
        }
        return (routes, clusters);
    }
}
