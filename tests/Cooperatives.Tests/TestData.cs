using System.Net;
using System.Net.Http.Json;
using LabourWelfare.Cooperatives.Features.Members;
using LabourWelfare.Cooperatives.Features.Registry;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Cooperatives.Tests;

/// <summary>Requests the tests make often: registering cooperatives with founders, and changes with If-Match.</summary>
public static class TestData
{
    public const string Registry = "/api/cooperatives/cooperatives";
    public const string Statistics = "/api/cooperatives/statistics";

    public static string Url(Guid id, string? rest = null) => rest is null ? $"{Registry}/{id}" : $"{Registry}/{id}/{rest}";

    public static string NewNumber(string prefix = "FA") => $"{prefix}-{TestEnvironment.UniqueSuffix()}";

    public static object[] Founders(string region, int count) =>
        Enumerable.Range(1, count).Select(i => (object)new { nationalId = NationalIds.For(region), fullName = $"Founder {i}", shares = 10 }).ToArray();

    public static int Minimum(string region) => region == "almaty" ? 5 : 7;

    public static object NewCooperative(string region = "fars", int? founders = null, string sector = "production", string? number = null,
        DateOnly? registeredOn = null) =>
        founders is null
            ? new { name = "Shiraz Cooperative", region, registrationNumber = number ?? NewNumber(), sector }
            : new { name = "Shiraz Cooperative", region, registrationNumber = number ?? NewNumber(), sector, foundingMembers = Founders(region, founders.Value), registeredOn };

    public static HttpClient Registrar(this CooperativesFactory service, string region = "fars") => service.ClientFor(Roles.Registrar, region);

    /// <summary>A registered cooperative with the region's minimum of founders (one call, as the end-to-end test does).</summary>
    public static async Task<CooperativeResponse> RegisterAsync(this CooperativesFactory service, string region = "fars",
        string sector = "production", int? founders = null, DateOnly? registeredOn = null) =>
        await service.Registrar(region).PostJsonAsync(Registry, NewCooperative(region, founders ?? Minimum(region), sector, registeredOn: registeredOn))
            .ShouldBeAsync<CooperativeResponse>(HttpStatusCode.Created);

    public static async Task<CooperativeResponse> RegisterActiveAsync(this CooperativesFactory service, string region = "fars", string sector = "production")
    {
        var cooperative = await service.RegisterAsync(region, sector);
        var client = service.Registrar(region);
        return await client.SendAsync(HttpMethod.Post, Url(cooperative.Id, "activate"), null, await client.ETagAsync(Url(cooperative.Id)))
            .ShouldBeAsync<CooperativeResponse>(HttpStatusCode.OK);
    }

    public static async Task<MemberResponse> AddMemberAsync(this CooperativesFactory service, Guid id, string region = "fars",
        string? nationalId = null, DateOnly? joinedOn = null) =>
        await service.Registrar(region).PostJsonAsync(Url(id, "members"),
                new { nationalId = nationalId ?? NationalIds.For(region), fullName = "Member", shares = 3, joinedOn })
            .ShouldBeAsync<MemberResponse>(HttpStatusCode.Created);

    public static async Task<string> ETagAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.ToString();
    }

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body, options: ProblemAssertions.Json);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    public static async Task<string> CodeAsync(this Task<HttpResponseMessage> response) =>
        (await (await response).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString()!;
}
