using System.Net;
using System.Net.Http.Json;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Xunit.Sdk;

namespace LabourWelfare.Security.Tests.AuthorizationMatrix;

/// <summary>
/// The matrix machinery (<see cref="TestSupport.AuthorizationMatrix"/>) on a miniature service. Each service's test
/// project runs the same machinery over the real service with a case per endpoint.
/// </summary>
public sealed class AccessMatrixTests(MatrixDemoHost host) : IClassFixture<MatrixDemoHost>
{
    internal const string Owner = "0012345679";

    internal static Dictionary<string, AccessCase> Cases(MatrixDemoHost host) => new()
    {
        ["GET /api/demo/records/{id:guid}"] = new()
        {
            Request = () => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, $"/api/demo/records/{host.Seed("fars", Owner).Id}")),
            Right = new Caller(Roles.Inspector, "fars"),
            WrongRegion = new Caller(Roles.Inspector, "ilam"),
            AnotherCitizen = new Caller(Roles.Citizen, "fars", "0098765432"),
        },
        ["POST /api/demo/records"] = new()
        {
            Request = () => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/demo/records")
            {
                Content = JsonContent.Create(new MatrixDemoHost.CreateRequest("fars", Owner)),
            }),
            Right = new Caller(Roles.Inspector, "fars"),
            WrongRegion = new Caller(Roles.Inspector, "ilam"),
            WrongRegionStatus = [HttpStatusCode.Forbidden],
            Unversioned = true, // the demo host's records have no versions
        },
    };

    [Fact]
    public async Task Every_endpoint_holds_against_every_kind_of_caller()
    {
        await TestSupport.AuthorizationMatrix.VerifyRolesAsync(host.WithToken, host.Services, MatrixDemoHost.Table);
        await TestSupport.AuthorizationMatrix.VerifyCasesAsync(host.WithToken, host.Services, Cases(host));
    }

    [Fact]
    public async Task An_endpoint_without_a_case_fails_the_matrix()
    {
        var cases = Cases(host);
        cases.Remove("POST /api/demo/records");
        var error = await Assert.ThrowsAnyAsync<XunitException>(() =>
            TestSupport.AuthorizationMatrix.VerifyCasesAsync(host.WithToken, host.Services, cases));
        Assert.Contains("POST /api/demo/records has no case", error.Message);
    }

    [Fact]
    public async Task A_case_for_an_endpoint_that_does_not_exist_fails_the_matrix()
    {
        var cases = Cases(host);
        cases["DELETE /api/demo/records/{id:guid}"] = cases["GET /api/demo/records/{id:guid}"];
        var error = await Assert.ThrowsAnyAsync<XunitException>(() =>
            TestSupport.AuthorizationMatrix.VerifyCasesAsync(host.WithToken, host.Services, cases));
        Assert.Contains("'DELETE /api/demo/records/{id:guid}', which is not an endpoint", error.Message);
    }

    [Fact]
    public void The_inventory_reads_routes_and_policies_from_the_route_table()
    {
        var endpoints = TestSupport.AuthorizationMatrix.Endpoints(host.Services);

        var read = Assert.Single(endpoints, e => e.Key == "GET /api/demo/records/{id:guid}");
        Assert.Equal(MatrixDemoHost.Read, read.Policy);
        Assert.Equal("GetDemoRecord", read.Name);
        Assert.Contains(endpoints, e => e is { Route: "/health", AllowsAnonymous: true });
    }
}

public sealed class LeakyEndpointTests(LeakyMatrixDemoHost host) : IClassFixture<LeakyMatrixDemoHost>
{
    [Fact]
    public async Task A_read_that_forgets_the_region_check_is_caught()
    {
        var cases = AccessMatrixTests.Cases(host);
        cases["GET /api/demo/leaky/{id:guid}"] = new AccessCase
        {
            Request = () => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, $"/api/demo/leaky/{host.Seed("fars", AccessMatrixTests.Owner).Id}")),
            Right = new Caller(Roles.Inspector, "fars"),
            WrongRegion = new Caller(Roles.Inspector, "ilam"),
        };

        var error = await Assert.ThrowsAnyAsync<XunitException>(() => TestSupport.AuthorizationMatrix.VerifyCasesAsync(host.WithToken, host.Services, cases));
        Assert.Contains("GET /api/demo/leaky/{id:guid} as inspector@ilam: expected 404, got 200", error.Message);
        Assert.DoesNotContain("GET /api/demo/records/{id:guid}", error.Message);
    }
}

public sealed class PolicylessEndpointTests(PolicylessMatrixDemoHost host) : IClassFixture<PolicylessMatrixDemoHost>
{
    [Fact]
    public async Task An_endpoint_without_a_policy_of_its_own_is_caught()
    {
        var error = await Assert.ThrowsAnyAsync<XunitException>(() =>
            TestSupport.AuthorizationMatrix.VerifyRolesAsync(host.WithToken, host.Services, MatrixDemoHost.Table));
        Assert.Contains("GET /api/demo/open has no authorization policy of its own", error.Message);
        Assert.DoesNotContain("/api/demo/records", error.Message);
    }
}
