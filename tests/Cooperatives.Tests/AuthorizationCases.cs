using System.Net;
using System.Net.Http.Json;
using LabourWelfare.Cooperatives.Features.AnnualReturns;
using LabourWelfare.Cooperatives.Features.EnergyProjects;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using static LabourWelfare.Cooperatives.Tests.TestData;

namespace LabourWelfare.Cooperatives.Tests;

/// <summary>
/// One case per endpoint ("METHOD route"): a record of region fars made through the API, an officer of almaty (404 on
/// reads, 403/404 on writes), a citizen who is not a member (404 where citizens may read), and the registrar of fars (2xx).
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private const string Root = "/api/cooperatives/cooperatives";
    private static readonly Caller Registrar = new(Roles.Registrar, "fars");
    private static readonly Caller Outsider = new(Roles.Registrar, "almaty");
    private static readonly Caller Stranger = new(Roles.Citizen, "fars", NationalIds.NewIranian());
    private static readonly DateOnly LongAgo = new(2015, 1, 1);

    private static HttpRequestMessage Req(HttpMethod method, string url, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body, options: ProblemAssertions.Json);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private AccessCase Read(Func<Task<HttpRequestMessage>> request, bool citizens = true) => new()
    {
        Request = request, Right = Registrar, WrongRegion = Outsider, AnotherCitizen = citizens ? Stranger : null,
    };

    private AccessCase Write(Func<Task<HttpRequestMessage>> request) => new()
    {
        Request = request, Right = Registrar, WrongRegion = Outsider, WrongRegionStatus = AccessCase.ForbiddenOrNotFound,
    };

    private const string FarsTarget = "/api/cooperatives/regions/fars/renewable-target";

    /// <summary>The ETag of fars's recorded target, or null while it has none (the first PUT creates it).</summary>
    private async Task<string?> TargetETagAsync()
    {
        using var response = await service.ClientFor(Roles.Admin, "fars").GetAsync(FarsTarget);
        return response.StatusCode == HttpStatusCode.OK ? response.Headers.ETag?.ToString() : null;
    }

    private async Task<(Guid Id, string Url, string ETag)> ActiveAsync(string sector = "production")
    {
        var cooperative = await service.RegisterActiveAsync(sector: sector);
        return (cooperative.Id, Url(cooperative.Id), await service.Registrar().ETagAsync(Url(cooperative.Id)));
    }

    private async Task<(Guid Id, string Url, string ETag)> RegisteredAsync()
    {
        var cooperative = await service.RegisterAsync(registeredOn: LongAgo);
        return (cooperative.Id, Url(cooperative.Id), await service.Registrar().ETagAsync(Url(cooperative.Id)));
    }

    private async Task<(Guid Id, string Url, string ETag)> SuspendedAsync()
    {
        var (id, url, etag) = await ActiveAsync();
        var suspended = await service.Registrar().SendAsync(HttpMethod.Post, $"{url}/suspend", new { reason = "missing-annual-returns" }, etag);
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        return (id, url, suspended.Headers.ETag!.ToString());
    }

    private async Task<(Guid Id, Guid MemberId, string Url, string ETag)> MemberAsync()
    {
        var (id, _, _) = await ActiveAsync();
        var member = await service.AddMemberAsync(id);
        var url = Url(id, $"members/{member.Id}");
        return (id, member.Id, url, await service.Registrar().ETagAsync(url));
    }

    private async Task<(Guid Id, string Url, string ETag)> AnnualReturnAsync()
    {
        var (id, _, _) = await RegisteredAsync();
        await service.Registrar().PostJsonAsync(Url(id, "annual-returns"), new { year = 1402, jobsProvided = 12, revenue = new { amount = 1000m, currency = "IRR" } })
            .ShouldBeAsync<AnnualReturnResponse>(HttpStatusCode.Created);
        var url = Url(id, "annual-returns/1402");
        return (id, url, await service.Registrar().ETagAsync(url));
    }

    private async Task<(Guid Id, string Url, string ETag)> ProjectAsync(string? moveTo = null)
    {
        var (id, _, _) = await ActiveAsync("renewable-energy");
        var project = await service.Registrar().PostJsonAsync(Url(id, "energy-projects"), new { name = "Solar farm", technology = "solar", capacityMw = 1.5m })
            .ShouldBeAsync<EnergyProjectResponse>(HttpStatusCode.Created);
        var url = Url(id, $"energy-projects/{project.Id}");
        var etag = await service.Registrar().ETagAsync(url);
        if (moveTo is not null)
        {
            var moved = await service.Registrar().SendAsync(HttpMethod.Post, $"{url}/{moveTo}", null, etag);
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            etag = moved.Headers.ETag!.ToString();
        }
        return (id, url, etag);
    }

    private Dictionary<string, AccessCase> Cases() => new()
    {
        // Registry
        [$"POST {Root}/"] = Write(() => Task.FromResult(Req(HttpMethod.Post, Root, NewCooperative("fars", Minimum("fars"))))),
        [$"GET {Root}/"] = Read(async () => AccessCase.About(Req(HttpMethod.Get, $"{Root}?region=fars&pageSize=100"), (await RegisteredAsync()).Id)) with
        { WrongRegionStatus = [HttpStatusCode.Forbidden], AnotherCitizenStatus = [HttpStatusCode.OK] },
        [$"GET {Root}/{{id:guid}}"] = Read(async () => Req(HttpMethod.Get, (await RegisteredAsync()).Url)),
        [$"GET {Root}/{{id:guid}}/history"] = Read(async () => Req(HttpMethod.Get, $"{(await RegisteredAsync()).Url}/history"), citizens: false),
        [$"PUT {Root}/{{id:guid}}"] = Write(async () => { var c = await RegisteredAsync(); return Req(HttpMethod.Put, c.Url, new { name = "Renamed", county = "Shiraz" }, c.ETag); }),
        [$"POST {Root}/{{id:guid}}/register"] = Write(async () =>
        {
            var founding = await service.Registrar().PostJsonAsync(Registry, NewCooperative("fars")).ShouldBeAsync<Features.Registry.CooperativeResponse>(HttpStatusCode.Created);
            for (var i = 0; i < Minimum("fars"); i++) await service.AddMemberAsync(founding.Id);
            return Req(HttpMethod.Post, Url(founding.Id, "register"), null, await service.Registrar().ETagAsync(Url(founding.Id)));
        }),
        [$"POST {Root}/{{id:guid}}/activate"] = Write(async () => { var c = await RegisteredAsync(); return Req(HttpMethod.Post, $"{c.Url}/activate", null, c.ETag); }),
        [$"POST {Root}/{{id:guid}}/suspend"] = Write(async () => { var c = await ActiveAsync(); return Req(HttpMethod.Post, $"{c.Url}/suspend", new { reason = "missing-annual-returns" }, c.ETag); }),
        [$"POST {Root}/{{id:guid}}/reinstate"] = Write(async () => { var c = await SuspendedAsync(); return Req(HttpMethod.Post, $"{c.Url}/reinstate", null, c.ETag); }),
        [$"POST {Root}/{{id:guid}}/dissolve"] = Write(async () => { var c = await ActiveAsync(); return Req(HttpMethod.Post, $"{c.Url}/dissolve", new { reason = "members-resolution" }, c.ETag); }),

        // Members
        [$"POST {Root}/{{id:guid}}/members"] = Write(async () => Req(HttpMethod.Post, Url((await ActiveAsync()).Id, "members"),
            new { nationalId = NationalIds.NewIranian(), fullName = "Member", shares = 3 })),
        [$"GET {Root}/{{id:guid}}/members"] = Read(async () => Req(HttpMethod.Get, Url((await ActiveAsync()).Id, "members"))),
        [$"GET {Root}/{{id:guid}}/members/{{memberId:guid}}"] = Read(async () => Req(HttpMethod.Get, (await MemberAsync()).Url)),
        [$"POST {Root}/{{id:guid}}/members/{{memberId:guid}}/leave"] = Write(async () => { var m = await MemberAsync(); return Req(HttpMethod.Post, $"{m.Url}/leave", new { }, m.ETag); }),
        [$"PUT {Root}/{{id:guid}}/members/{{memberId:guid}}/shares"] = Write(async () => { var m = await MemberAsync(); return Req(HttpMethod.Put, $"{m.Url}/shares", new { shares = 5 }, m.ETag); }),

        // Annual returns
        [$"POST {Root}/{{id:guid}}/annual-returns"] = Write(async () => Req(HttpMethod.Post, Url((await RegisteredAsync()).Id, "annual-returns"),
            new { year = 1402, jobsProvided = 12, revenue = new { amount = 1000m, currency = "IRR" } })),
        [$"GET {Root}/{{id:guid}}/annual-returns"] = Read(async () => Req(HttpMethod.Get, Url((await AnnualReturnAsync()).Id, "annual-returns"))),
        [$"GET {Root}/{{id:guid}}/annual-returns/{{year:int}}"] = Read(async () => Req(HttpMethod.Get, (await AnnualReturnAsync()).Url)),
        [$"PUT {Root}/{{id:guid}}/annual-returns/{{year:int}}"] = Write(async () => { var r = await AnnualReturnAsync(); return Req(HttpMethod.Put, r.Url, new { jobsProvided = 13, revenue = new { amount = 1100m, currency = "IRR" }, reason = "Typo" }, r.ETag); }),
        [$"GET {Root}/{{id:guid}}/annual-returns/history"] = Read(async () => Req(HttpMethod.Get, Url((await AnnualReturnAsync()).Id, "annual-returns/history")), citizens: false),

        // Energy projects
        [$"POST {Root}/{{id:guid}}/energy-projects"] = Write(async () => Req(HttpMethod.Post, Url((await ActiveAsync("renewable-energy")).Id, "energy-projects"),
            new { name = "Wind park", technology = "wind", capacityMw = 3m })),
        [$"GET {Root}/{{id:guid}}/energy-projects"] = Read(async () => Req(HttpMethod.Get, Url((await ProjectAsync()).Id, "energy-projects"))),
        [$"GET {Root}/{{id:guid}}/energy-projects/{{projectId:guid}}"] = Read(async () => Req(HttpMethod.Get, (await ProjectAsync()).Url)),
        [$"POST {Root}/{{id:guid}}/energy-projects/{{projectId:guid}}/start-installation"] = Write(async () => { var p = await ProjectAsync(); return Req(HttpMethod.Post, $"{p.Url}/start-installation", null, p.ETag); }),
        [$"POST {Root}/{{id:guid}}/energy-projects/{{projectId:guid}}/commission"] = Write(async () => { var p = await ProjectAsync("start-installation"); return Req(HttpMethod.Post, $"{p.Url}/commission", null, p.ETag); }),

        // Regional targets: fars's own admin records them; an admin of almaty is refused (403), officers of fars read them.
        ["PUT /api/cooperatives/regions/{region}/renewable-target"] = new AccessCase
        {
            Request = async () => Req(HttpMethod.Put, FarsTarget, new { mw = 12.5m, source = "test: the region's programme", year = 1404 },
                await TargetETagAsync()),
            Right = new Caller(Roles.Admin, "fars"), WrongRegion = new Caller(Roles.Admin, "almaty"), WrongRegionStatus = [HttpStatusCode.Forbidden],
        },
        ["GET /api/cooperatives/regions/{region}/renewable-target"] = Read(async () =>
        {
            if (await TargetETagAsync() is null)
                (await service.ClientFor(Roles.Admin, "fars").SendAsync(HttpMethod.Put, FarsTarget,
                    new { mw = 12.5m, source = "test: the region's programme", year = 1404 }, null)).EnsureSuccessStatusCode();
            return Req(HttpMethod.Get, FarsTarget);
        }, citizens: false) with
        { WrongRegionStatus = [HttpStatusCode.Forbidden] },

        // Statistics: a region's figures, not a record; another region's officer asking for fars is refused.
        ["GET /api/cooperatives/statistics/"] = Read(() => Task.FromResult(Req(HttpMethod.Get, $"{Statistics}?region=fars&year=1403")), citizens: false) with
        { WrongRegionStatus = [HttpStatusCode.Forbidden, HttpStatusCode.NotFound] },
    };

    [Fact]
    public Task Every_endpoint_refuses_another_region_and_another_citizen_and_serves_the_right_caller() =>
        AuthorizationMatrix.VerifyCasesAsync(service.WithToken, service.Services, Cases());
}
