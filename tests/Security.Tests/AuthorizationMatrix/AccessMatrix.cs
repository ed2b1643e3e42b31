using System.Net;
using System.Net.Http.Headers;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Security.Tests.AuthorizationMatrix;

/// <summary>A caller of the matrix: one role, its region, and (citizens) its national id.</summary>
public sealed record Caller(string Role, string? Region, string? NationalId = null)
{
    public string Token() => TestTokens.For(Role, Region, nationalId: NationalId);

    public override string ToString() => $"{Role}@{Region ?? "-"}{(NationalId is null ? "" : "#" + NationalId[^3..])}";
}

/// <summary>
/// How to call one endpoint about one record, and who the right caller is. <see cref="Request"/> builds a fresh
/// request every time it is called (it may create the record it needs first). The right caller is tried last, so a
/// write it makes cannot change what the others see.
/// </summary>
public sealed class EndpointAccessCase
{
    public required string Endpoint { get; init; }

    public required Func<Task<HttpRequestMessage>> Request { get; init; }

    public required Caller Right { get; init; }

    /// <summary>An officer (same role) of another region, and what they get: 404 for reads, 403 for creating there.</summary>
    public Caller? WrongRegion { get; init; }

    public HttpStatusCode WrongRegionStatus { get; init; } = HttpStatusCode.NotFound;

    /// <summary>A citizen who does not own the record, for endpoints citizens may call.</summary>
    public Caller? AnotherCitizen { get; init; }

    public HttpStatusCode AnotherCitizenStatus { get; init; } = HttpStatusCode.NotFound;
}

/// <summary>
/// The authorization matrix: every endpoint of the host (from its route table) must have a case, and each case is
/// tried as anonymous (401), every role its policy does not admit (403), an officer of another region, another
/// citizen, and finally the right caller (2xx). All failures are reported together.
/// </summary>
public static class AccessMatrix
{
    public static async Task VerifyAsync(
        IServiceProvider services,
        Func<HttpClient> createClient,
        IEnumerable<EndpointAccessCase> cases,
        IEnumerable<string>? anonymousEndpoints = null)
    {
        var allowedAnonymous = new HashSet<string>(anonymousEndpoints ?? ["/health", "/alive"], StringComparer.Ordinal);
        var inventory = await EndpointInventory.ReadAsync(services);
        var byName = cases.ToDictionary(c => c.Endpoint, StringComparer.Ordinal);
        var failures = new List<string>();

        foreach (var endpoint in inventory)
        {
            if (endpoint.AllowsAnonymous)
            {
                if (!allowedAnonymous.Contains(endpoint.Route)) failures.Add($"{endpoint} allows anonymous callers.");
                continue;
            }
            if (endpoint.AllowedRoles.Count == 0) failures.Add($"{endpoint} admits any authenticated caller: give it a policy from the access table.");
            if (!byName.TryGetValue(endpoint.Name, out var accessCase))
            {
                failures.Add($"{endpoint} has no case in the authorization matrix.");
                continue;
            }
            await CheckAsync(endpoint, accessCase, createClient, failures);
        }
        foreach (var unknown in byName.Keys.Except(inventory.Select(e => e.Name)))
            failures.Add($"The matrix has a case for '{unknown}', which is not an endpoint.");

        Assert.True(failures.Count == 0, $"Authorization matrix: {failures.Count} failure(s)\n" + string.Join("\n", failures));
    }

    private static async Task CheckAsync(EndpointAccessInfo endpoint, EndpointAccessCase accessCase, Func<HttpClient> createClient, List<string> failures)
    {
        async Task Expect(string who, string? token, Func<HttpStatusCode, bool> ok, string expected)
        {
            using var request = await accessCase.Request();
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await createClient().SendAsync(request);
            if (!ok(response.StatusCode))
                failures.Add($"{endpoint} as {who}: expected {expected}, got {(int)response.StatusCode}.");
        }

        await Expect("anonymous", null, s => s == HttpStatusCode.Unauthorized, "401");
        foreach (var role in Roles.All.Where(r => !endpoint.AllowedRoles.Contains(r)))
        {
            var wrong = new Caller(role, accessCase.Right.Region, accessCase.Right.NationalId);
            await Expect(wrong.ToString(), wrong.Token(), s => s == HttpStatusCode.Forbidden, "403");
        }
        if (accessCase.WrongRegion is { } other)
            await Expect(other.ToString(), other.Token(), s => s == accessCase.WrongRegionStatus, ((int)accessCase.WrongRegionStatus).ToString());
        if (accessCase.AnotherCitizen is { } citizen)
            await Expect(citizen.ToString(), citizen.Token(), s => s == accessCase.AnotherCitizenStatus, ((int)accessCase.AnotherCitizenStatus).ToString());
        await Expect(accessCase.Right.ToString(), accessCase.Right.Token(), s => (int)s is >= 200 and < 300, "2xx");
    }
}
