using System.Net;
using System.Text.RegularExpressions;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LabourWelfare.TestSupport;

/// <summary>
/// Walks a service's route table, so no endpoint can escape authorization: each one must name a policy from the
/// service's access table (or be an allowed anonymous probe), refuse anonymous callers with 401 and callers of every
/// role outside its policy with 403. Region scoping and citizen ownership depend on the record, so each service's API
/// tests check them with real records (other region → 404, another citizen → 404).
/// </summary>
public static partial class AuthorizationMatrix
{
    /// <summary>Paths that are anonymous on purpose: orchestrator probes and API documents.</summary>
    private static readonly string[] AnonymousPaths = ["/health", "/alive", "/openapi/"];

    public sealed record Row(string Method, string Route, string? Policy, string[] AllowedRoles);

    public static IReadOnlyList<Row> Rows(IServiceProvider services, IReadOnlyDictionary<string, string[]> accessTable)
    {
        var rows = new List<Row>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);
            if (anonymous)
            {
                Assert.True(AnonymousPaths.Any(p => route.StartsWith(p, StringComparison.Ordinal)),
                    $"{route} allows anonymous callers but is not a health probe or API document.");
                continue;
            }
            Assert.True(policy is not null, $"{string.Join(",", methods)} {route} has no authorization policy of its own.");
            Assert.True(accessTable.ContainsKey(policy!), $"{route} uses policy '{policy}', which is not in the access table.");
            foreach (var method in methods) rows.Add(new Row(method, route, policy, accessTable[policy!]));
        }
        return rows;
    }

    /// <summary>Checks every row: anonymous → 401, each role outside the policy → 403, an allowed role → neither.</summary>
    public static async Task VerifyAsync(Func<string?, HttpClient> clientWithToken, IServiceProvider services,
        IReadOnlyDictionary<string, string[]> accessTable, string region = "fars")
    {
        var rows = Rows(services, accessTable);
        Assert.NotEmpty(rows);
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var url = Concrete(row.Route);
            var anonymous = await SendAsync(clientWithToken(null), row.Method, url);
            if (anonymous != HttpStatusCode.Unauthorized) failures.Add($"{row.Method} {row.Route} anonymous: {(int)anonymous}");

            foreach (var role in Roles.All.Except(row.AllowedRoles))
            {
                var status = await SendAsync(clientWithToken(TestTokens.For(role, region)), row.Method, url);
                if (status != HttpStatusCode.Forbidden) failures.Add($"{row.Method} {row.Route} as {role}: {(int)status}");
            }

            var allowed = await SendAsync(clientWithToken(TestTokens.For(row.AllowedRoles[0], region, nationalId: "0000000000")), row.Method, url);
            if (allowed is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden && row.AllowedRoles[0] != Roles.Citizen)
                failures.Add($"{row.Method} {row.Route} as {row.AllowedRoles[0]}: {(int)allowed}");
        }
        Assert.True(failures.Count == 0, "Authorization matrix failures:\n" + string.Join("\n", failures));
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Fills route parameters with plausible values: ids, years, codes.</summary>
    public static string Concrete(string route) => RouteParameter().Replace(route, match =>
    {
        var constraint = match.Groups["constraint"].Value;
        return constraint.Contains("guid") ? Guid.NewGuid().ToString()
            : constraint.Contains("int") ? "2025"
            : "x";
    });

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z0-9_]+)(?<constraint>(:[^}]+)?)\??\}")]
    private static partial Regex RouteParameter();
}
