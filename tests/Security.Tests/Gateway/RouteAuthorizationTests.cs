using LabourWelfare.Gateway;
using LabourWelfare.Security.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Configuration;

namespace LabourWelfare.Security.Tests.Gateway;

/// <summary>Read from the running gateway's configuration, so a route or endpoint added later cannot slip past.</summary>
public sealed class RouteAuthorizationTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    /// <summary>The only endpoints of the gateway itself that may answer without a token.</summary>
    // Plus the API reference UI's static files (script, icon; no data), which Scalar always serves openly: the page
    // and the documents themselves need the api-reference policy outside Development.
    private static readonly string[] AnonymousEndpoints =
        ["/health", "/alive", "/dev/token", "/scalar/scalar.js", "/scalar/scalar.aspnetcore.js", "/scalar/favicon.svg"];

    [Fact]
    public async Task Every_proxy_route_names_an_authorization_policy_that_exists()
    {
        var routes = gateway.Services.GetServices<IProxyConfigProvider>().SelectMany(p => p.GetConfig().Routes).ToList();
        Assert.NotEmpty(routes);
        var policies = gateway.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        foreach (var route in routes)
        {
            Assert.False(string.IsNullOrWhiteSpace(route.AuthorizationPolicy), $"Route {route.RouteId} has no policy.");
            Assert.NotEqual("anonymous", route.AuthorizationPolicy, StringComparer.OrdinalIgnoreCase);
            // YARP's "default" names the default policy; anything else must be registered.
            var policy = string.Equals(route.AuthorizationPolicy, "default", StringComparison.OrdinalIgnoreCase)
                ? await policies.GetDefaultPolicyAsync()
                : await policies.GetPolicyAsync(route.AuthorizationPolicy!);
            Assert.NotNull(policy);
            Assert.Contains(policy!.Requirements, r => r is DenyAnonymousAuthorizationRequirement);
        }
        Assert.Equal(DownstreamService.Prefixes.Count, routes.Count);
    }

    [Fact]
    public async Task The_fallback_policy_requires_an_authenticated_caller()
    {
        var fallback = await gateway.Services.GetRequiredService<IAuthorizationPolicyProvider>().GetFallbackPolicyAsync();
        Assert.NotNull(fallback);
        Assert.Contains(fallback!.Requirements, r => r is DenyAnonymousAuthorizationRequirement);
    }

    [Fact]
    public void Only_the_known_endpoints_of_the_gateway_allow_anonymous_callers()
    {
        var endpoints = gateway.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        var anonymous = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/'))
            .ToList();
        Assert.All(anonymous, path => Assert.Contains(path, AnonymousEndpoints));
    }
}
