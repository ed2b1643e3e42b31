using System.Net;
using System.Net.Http.Json;
using LabourWelfare.ServiceDefaults;
using Xunit.Sdk;

namespace LabourWelfare.Security.Tests.AuthorizationMatrix;

/// <summary>
/// The matrix machinery on a miniature service. At merge time the same <see cref="AccessMatrix"/> runs over each
/// real service with a case per endpoint.
/// </summary>
public sealed class AccessMatrixTests(MatrixDemoHost host) : IClassFixture<MatrixDemoHost>
{
    internal const string Owner = "0012345679";

    internal static IEnumerable<EndpointAccessCase> Cases(MatrixDemoHost host) =>
    [
        new()
        {
            Endpoint = "GetDemoRecord",
            Request = () => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, $"/api/demo/records/{host.Seed("fars", Owner).Id}")),
            Right = new Caller(Roles.Inspector, "fars"),
            WrongRegion = new Caller(Roles.Inspector, "ilam"),
            AnotherCitizen = new Caller(Roles.Citizen, "fars", "0098765432"),
        },
        new()
        {
            Endpoint = "CreateDemoRecord",
            Request = () => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/demo/records")
            {
                Content = JsonContent.Create(new MatrixDemoHost.CreateRequest("fars", Owner)),
            }),
            Right = new Caller(Roles.Inspector, "fars"),
            WrongRegion = new Caller(Roles.Inspector, "ilam"),
            WrongRegionStatus = HttpStatusCode.Forbidden,
        },
    ];

    [Fact]
    public async Task Every_endpoint_holds_against_every_kind_of_caller()
    {
        await AccessMatrix.VerifyAsync(host.Services, host.CreateClient, Cases(host));
    }

    [Fact]
    public async Task An_endpoint_without_a_case_fails_the_matrix()
    {
        var error = await Assert.ThrowsAnyAsync<XunitException>(() =>
            AccessMatrix.VerifyAsync(host.Services, host.CreateClient, Cases(host).Where(c => c.Endpoint != "CreateDemoRecord")));
        Assert.Contains("CreateDemoRecord (POST /api/demo/records) has no case", error.Message);
    }

    [Fact]
    public async Task The_inventory_reads_policies_and_roles_from_the_route_table()
    {
        var inventory = await EndpointInventory.ReadAsync(host.Services);

        var read = Assert.Single(inventory, e => e.Name == "GetDemoRecord");
        Assert.Equal("GET", read.Method);
        Assert.Equal(new HashSet<string> { Roles.Inspector, Roles.Supervisor, Roles.Admin, Roles.Citizen }, read.AllowedRoles);
        Assert.Contains(inventory, e => e is { Route: "/health", AllowsAnonymous: true });
    }
}

public sealed class LeakyEndpointTests(LeakyMatrixDemoHost host) : IClassFixture<LeakyMatrixDemoHost>
{
    [Fact]
    public async Task A_read_that_forgets_the_region_check_is_caught()
    {
        var cases = AccessMatrixTests.Cases(host).Append(new EndpointAccessCase
        {
            Endpoint = "GetLeakyRecord",
            Request = () => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, $"/api/demo/leaky/{host.Seed("fars", AccessMatrixTests.Owner).Id}")),
            Right = new Caller(Roles.Inspector, "fars"),
            WrongRegion = new Caller(Roles.Inspector, "ilam"),
        });

        var error = await Assert.ThrowsAnyAsync<XunitException>(() => AccessMatrix.VerifyAsync(host.Services, host.CreateClient, cases));
        Assert.Contains("GetLeakyRecord (GET /api/demo/leaky/{id:guid}) as inspector@ilam: expected 404, got 200", error.Message);
        Assert.DoesNotContain("GetDemoRecord", error.Message);
    }
}
