using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.EndToEnd.Tests;

/// <summary>The thin slice through every pipe: gateway → Cooperatives → outbox → RabbitMQ → Inspections → gateway.</summary>
[Collection(PlatformCollection.Name)]
public sealed class WalkingSkeletonTests(AspirePlatform platform)
{
    [Fact]
    public async Task A_cooperative_registered_through_the_gateway_appears_as_a_workplace_in_Inspections_in_the_same_trace()
    {
        var registrar = platform.Gateway(TestTokens.For(Roles.Registrar, "fars"));
        var inspector = platform.Gateway(TestTokens.For(Roles.Inspector, "fars"));
        var number = "FA-E2E-" + TestEnvironment.UniqueSuffix();
        var traceId = ActivityTraceId.CreateRandom().ToHexString();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cooperatives/cooperatives")
        {
            Content = JsonContent.Create(new
            {
                name = "Marvdasht Solar Cooperative", region = "fars", registrationNumber = number, sector = "renewable-energy",
                foundingMembers = Founders(7),
            }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var created = await (await registrar.SendAsync(request)).ShouldBeAsync<JsonElement>(HttpStatusCode.Created);

        var workplace = await Eventually.Get(async () =>
        {
            var page = await inspector.GetFromJsonAsync<JsonElement>($"/api/inspections/workplaces?registrationNumber={number}");
            return page.GetProperty("items").EnumerateArray().Select(i => (JsonElement?)i).FirstOrDefault() is { } item ? new Box(item) : null;
        }, "the workplace appears in Inspections");

        Assert.Equal(created.GetProperty("id").GetGuid(), workplace.Value.GetProperty("cooperativeId").GetGuid());
        var openedBy = workplace.Value.GetProperty("openedBy");
        Assert.Equal("CooperativeRegistered", openedBy.GetProperty("eventType").GetString());
        Assert.Equal("cooperatives", openedBy.GetProperty("sourceService").GetString());
        Assert.Equal(traceId, openedBy.GetProperty("traceId").GetString());

        // Reads back through the gateway by id, and only once.
        var byId = await inspector.GetFromJsonAsync<JsonElement>($"/api/inspections/workplaces/{workplace.Value.GetProperty("id").GetGuid()}");
        Assert.Equal(number.ToUpperInvariant(), byId.GetProperty("registrationNumber").GetString());
        Assert.Equal(1, await platform.Database(PlatformResources.Inspections.Name)
            .ScalarAsync<long>("SELECT count(*) FROM workplaces WHERE \"RegistrationNumber\" = $1", number.ToUpperInvariant()));
    }

    [Fact]
    public async Task A_used_registration_number_answers_409_and_bad_fields_400_through_the_gateway()
    {
        var registrar = platform.Gateway(TestTokens.For(Roles.Registrar, "fars"));
        var body = new
        {
            name = "Kazerun Dairy", region = "fars", registrationNumber = "FA-D-" + TestEnvironment.UniqueSuffix(), sector = "agriculture",
            foundingMembers = Founders(7),
        };
        (await registrar.PostAsJsonAsync("/api/cooperatives/cooperatives", body)).EnsureSuccessStatusCode();

        await registrar.PostAsJsonAsync("/api/cooperatives/cooperatives", body).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await registrar.PostAsJsonAsync("/api/cooperatives/cooperatives", new { region = "fars", sector = "agriculture" })
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "name", "registrationNumber");
    }

    [Theory]
    [InlineData("/api/inspections/workplaces")]
    [InlineData("/api/aid/")]
    [InlineData("/api/cooperatives/cooperatives/00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/mediation/")]
    public async Task The_gateway_reaches_each_service_and_refuses_anonymous_callers(string path)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.Gateway().GetAsync(path)).StatusCode);

        var response = await platform.Gateway(TestTokens.For(Roles.Admin, "fars")).GetAsync(path);
        // The service answered (its own 200 or 404 problem), not the gateway's 502/503 for an unreachable destination.
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task The_gateway_health_reports_every_downstream_service()
    {
        var health = await platform.Gateway().GetFromJsonAsync<JsonElement>("/health");
        foreach (var service in PlatformResources.Services)
            Assert.Equal("Healthy", health.GetProperty("checks").GetProperty(service.Name).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_service_is_unhealthy_while_RabbitMQ_is_unreachable_and_recovers_by_itself()
    {
        using var http = new HttpClient { BaseAddress = platform.ServiceAddress(PlatformResources.Inspections.Name) };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);

        platform.InspectionsBrokerProxy.Cut();
        try
        {
            await Eventually.Until(async () => (await http.GetAsync("/health")).StatusCode == HttpStatusCode.ServiceUnavailable,
                "inspections reports the broker outage");
        }
        finally
        {
            platform.InspectionsBrokerProxy.Restore();
        }
        await Eventually.Until(async () => (await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK,
            "inspections recovers when the broker is back", TimeSpan.FromSeconds(90));
    }

    /// <summary>The founding members a registration needs (7 in the Iranian regions), with valid national codes.</summary>
    internal static object[] Founders(int count) =>
        Enumerable.Range(1, count).Select(i => (object)new { nationalId = NationalIds.NewIranian(), fullName = $"عضو مؤسس {i}", shares = 10 }).ToArray();

    private sealed record Box(JsonElement Value);
}
