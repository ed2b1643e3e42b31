using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LabourWelfare.TestSupport;

/// <summary>One endpoint of a running host as the authorization matrix sees it.</summary>
/// <param name="Key">"METHOD route", e.g. "GET /api/aid/beneficiaries/{id:guid}": the key of its case.</param>
/// <param name="Policy">The policy it names with .RequireAuthorization(...), if any.</param>
/// <param name="AcceptsBody">It reads a JSON body (IAcceptsMetadata), so a malformed one must be a 400.</param>
public sealed record MatrixEndpoint(string Key, string Method, string Route, string? Name, string? Policy, bool AllowsAnonymous, bool AcceptsBody = false)
{
    public override string ToString() => Key;
}

/// <summary>A caller of the matrix: one role, its region, and (citizens) its national id.</summary>
public sealed record Caller(string Role, string? Region, string? NationalId = null)
{
    public string Token() => TestTokens.For(Role, Region, nationalId: NationalId);

    public override string ToString() => $"{Role}@{Region ?? "-"}{(NationalId is null ? "" : "#" + NationalId[^3..])}";
}

/// <summary>
/// How to call one endpoint about one record in region fars, and who may. <see cref="Request"/> builds a fresh request
/// every time it is called (it may create the record it needs first, through the API). The right caller is tried
/// last, so a write it makes cannot change what the others see.
/// </summary>
public sealed record AccessCase
{
    public required Func<Task<HttpRequestMessage>> Request { get; init; }

    public required Caller Right { get; init; }

    /// <summary>What the right caller gets: any 2xx by default; a documented 4xx where a valid body is impractical.</summary>
    public Func<HttpStatusCode, bool> RightStatus { get; init; } = s => (int)s is >= 200 and < 300;

    public string RightStatusText { get; init; } = "2xx";

    /// <summary>
    /// A 201 of the right caller creates a record that is changed later with If-Match, so it carries the record's ETag;
    /// true only for records that are never changed (a checklist version, a declared conflict).
    /// </summary>
    public bool Unversioned { get; init; }

    /// <summary>An officer (same role) of another region: 404 for reads, 403 (or 404) for writes.</summary>
    public Caller? WrongRegion { get; init; }

    public HttpStatusCode[] WrongRegionStatus { get; init; } = [HttpStatusCode.NotFound];

    /// <summary>A citizen who does not own the record, for endpoints citizens may call.</summary>
    public Caller? AnotherCitizen { get; init; }

    public HttpStatusCode[] AnotherCitizenStatus { get; init; } = [HttpStatusCode.NotFound];

    /// <summary>Marks the request as being about this record: a 2xx list answer to a wrong caller must not contain its id.</summary>
    public static HttpRequestMessage About(HttpRequestMessage request, object recordId)
    {
        request.Options.Set(RecordId, recordId.ToString()!);
        return request;
    }

    internal static readonly HttpRequestOptionsKey<string> RecordId = new("authorization-matrix-record");

    /// <summary>Writes: another region may answer 403 (creating there) or 404 (the record is not theirs to see).</summary>
    public static readonly HttpStatusCode[] ForbiddenOrNotFound = [HttpStatusCode.Forbidden, HttpStatusCode.NotFound];
}

/// <summary>
/// The authorization matrix, walked from a host's route table so no endpoint can escape it.
/// <list type="bullet">
/// <item><see cref="VerifyRolesAsync"/> (automatic, every endpoint): each names a policy from the service's access
/// table (or is an allowed anonymous probe); anonymous → 401; every role outside its policy → 403; an allowed role →
/// neither.</item>
/// <item><see cref="VerifyCasesAsync"/> (per service, a case per "METHOD route", required to be complete): an officer
/// of another region, another citizen, and the right caller, about a real record.</item>
/// </list>
/// All failures are reported together.
/// </summary>
public static partial class AuthorizationMatrix
{
    /// <summary>Paths that are anonymous on purpose: orchestrator probes and API documents.</summary>
    private static readonly string[] AnonymousPaths = ["/health", "/alive", "/openapi/"];

    /// <summary>Every endpoint of the host, one per HTTP method.</summary>
    public static IReadOnlyList<MatrixEndpoint> Endpoints(IServiceProvider services)
    {
        var result = new List<MatrixEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);
            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
            var acceptsBody = endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not null;
            foreach (var method in methods) result.Add(new MatrixEndpoint($"{method} {route}", method, route, name, policy, anonymous, acceptsBody));
        }
        return result;
    }

    /// <summary>Every endpoint: a policy from the table, anonymous → 401, each role outside the policy → 403, an allowed role → neither.</summary>
    public static async Task VerifyRolesAsync(Func<string?, HttpClient> clientWithToken, IServiceProvider services,
        IReadOnlyDictionary<string, string[]> accessTable, string region = "fars")
    {
        var endpoints = Endpoints(services);
        Assert.NotEmpty(endpoints);
        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.AllowsAnonymous)
            {
                if (!AnonymousPaths.Any(p => endpoint.Route.StartsWith(p, StringComparison.Ordinal)))
                    failures.Add($"{endpoint} allows anonymous callers but is not a health probe or API document.");
                continue;
            }
            if (endpoint.Policy is null) { failures.Add($"{endpoint} has no authorization policy of its own."); continue; }
            if (!accessTable.TryGetValue(endpoint.Policy, out var allowed)) { failures.Add($"{endpoint} uses policy '{endpoint.Policy}', which is not in the access table."); continue; }

            var url = Concrete(endpoint.Route);
            var anonymous = await SendAsync(clientWithToken(null), endpoint.Method, url);
            if (anonymous != HttpStatusCode.Unauthorized) failures.Add($"{endpoint} anonymous: expected 401, got {(int)anonymous}");

            foreach (var role in Roles.All.Except(allowed))
            {
                var status = await SendAsync(clientWithToken(TestTokens.For(role, region)), endpoint.Method, url);
                if (status != HttpStatusCode.Forbidden) failures.Add($"{endpoint} as {role}: expected 403, got {(int)status}");
            }

            // An allowed officer gets past authorization (the record itself does not exist: 404/400 are fine).
            var officer = allowed.FirstOrDefault(r => r != Roles.Citizen);
            if (officer is not null)
            {
                var status = await SendAsync(clientWithToken(TestTokens.For(officer, region)), endpoint.Method, url);
                if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) failures.Add($"{endpoint} as {officer}: got {(int)status}");
            }
        }
        Assert.True(failures.Count == 0, $"Authorization matrix: {failures.Count} failure(s)\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// Every authorized endpoint must have a case (keyed "METHOD route"); each case is tried as an officer of another
    /// region, another citizen, and finally the right caller.
    /// </summary>
    public static async Task VerifyCasesAsync(Func<string?, HttpClient> clientWithToken, IServiceProvider services,
        IReadOnlyDictionary<string, AccessCase> cases)
    {
        var endpoints = Endpoints(services).Where(e => !e.AllowsAnonymous).ToList();
        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            if (!cases.TryGetValue(endpoint.Key, out var accessCase)) { failures.Add($"{endpoint} has no case in the authorization matrix."); continue; }
            await CheckAsync(endpoint, accessCase, clientWithToken, failures);
        }
        foreach (var unknown in cases.Keys.Except(endpoints.Select(e => e.Key)))
            failures.Add($"The matrix has a case for '{unknown}', which is not an endpoint.");
        Assert.True(failures.Count == 0, $"Authorization matrix: {failures.Count} failure(s)\n" + string.Join("\n", failures));
    }

    private static async Task CheckAsync(MatrixEndpoint endpoint, AccessCase accessCase, Func<string?, HttpClient> clientWithToken, List<string> failures)
    {
        async Task Expect(Caller who, Func<HttpStatusCode, bool> ok, string expected)
        {
            try
            {
                using var request = await accessCase.Request();
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", who.Token());
                using var response = await clientWithToken(null).SendAsync(request);
                if (!ok(response.StatusCode))
                    failures.Add($"{endpoint} as {who}: expected {expected}, got {(int)response.StatusCode} {await Brief(response)}");
                else if (who == accessCase.Right && response.StatusCode == HttpStatusCode.Created && !accessCase.Unversioned && response.Headers.ETag is null)
                    failures.Add($"{endpoint} as {who}: 201 without the ETag of the record it created");
                else if (who != accessCase.Right && response.IsSuccessStatusCode && request.Options.TryGetValue(AccessCase.RecordId, out var id)
                         && (await response.Content.ReadAsStringAsync()).Contains(id, StringComparison.OrdinalIgnoreCase))
                    failures.Add($"{endpoint} as {who}: the answer shows the record {id}");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures.Add($"{endpoint} as {who}: setup failed: {e.GetType().Name}: {e.Message}");
            }
        }

        if (accessCase.WrongRegion is { } other)
            await Expect(other, accessCase.WrongRegionStatus.Contains, string.Join(" or ", accessCase.WrongRegionStatus.Select(s => (int)s)));
        if (accessCase.AnotherCitizen is { } citizen)
            await Expect(citizen, accessCase.AnotherCitizenStatus.Contains, string.Join(" or ", accessCase.AnotherCitizenStatus.Select(s => (int)s)));
        await Expect(accessCase.Right, accessCase.RightStatus, accessCase.RightStatusText);
    }

    private static async Task<string> Brief(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body.Length > 300 ? body[..300] : body;
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
