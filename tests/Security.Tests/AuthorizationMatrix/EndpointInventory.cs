using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LabourWelfare.Security.Tests.AuthorizationMatrix;

/// <summary>One endpoint of a running host as the authorization matrix sees it.</summary>
/// <param name="Name">Its .WithName(...) (or "METHOD route" when it has none).</param>
/// <param name="AllowedRoles">Roles its policy admits; empty when any authenticated caller is admitted.</param>
public sealed record EndpointAccessInfo(string Name, string Method, string Route, bool AllowsAnonymous, IReadOnlySet<string> AllowedRoles)
{
    public override string ToString() => $"{Name} ({Method} {Route})";
}

/// <summary>
/// Every endpoint of a host, read from its route table with the policy it would really be authorized with
/// (its own policies, else the fallback): a new endpoint appears here without anyone listing it.
/// </summary>
public static class EndpointInventory
{
    public static async Task<IReadOnlyList<EndpointAccessInfo>> ReadAsync(IServiceProvider services)
    {
        var policyProvider = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var result = new List<EndpointAccessInfo>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policy = await AuthorizationPolicy.CombineAsync(policyProvider,
                             endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
                             endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>())
                         ?? await policyProvider.GetFallbackPolicyAsync();
            var roles = AllowedRoles(policy);
            foreach (var method in methods)
            {
                var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? $"{method} {route}";
                result.Add(new EndpointAccessInfo(methods.Count > 1 ? $"{name} {method}" : name, method, route, anonymous, roles));
            }
        }
        return result;
    }

    /// <summary>Every roles requirement must hold, so the roles admitted are their intersection.</summary>
    private static IReadOnlySet<string> AllowedRoles(AuthorizationPolicy? policy)
    {
        HashSet<string>? roles = null;
        foreach (var requirement in policy?.Requirements.OfType<RolesAuthorizationRequirement>() ?? [])
        {
            if (roles is null) roles = new HashSet<string>(requirement.AllowedRoles, StringComparer.Ordinal);
            else roles.IntersectWith(requirement.AllowedRoles);
        }
        return roles ?? new HashSet<string>();
    }
}
