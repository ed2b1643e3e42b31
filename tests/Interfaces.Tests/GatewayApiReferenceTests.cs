using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabourWelfare.Interfaces.Tests.Sample;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Interfaces.Tests;

/// <summary>A frontend developer's first steps in Development: open /scalar, get a token, make a call through the gateway.</summary>
public sealed class DevelopmentGatewayTests(DevelopmentGatewayFactory gateway, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<DevelopmentGatewayFactory>
{
    [Fact]
    public async Task Api_reference_lists_the_four_services_and_the_token_endpoint_without_a_token()
    {
        var client = gateway.CreateClient();
        using var page = await client.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        // Scalar writes document URLs relative to the application's base path (the page resolves them to /openapi/...).
        foreach (var service in PlatformResources.Services) Assert.Contains($"\"openapi/{service.Name}.json\"", html);
        Assert.Contains("\"openapi/gateway.json\"", html);
        Assert.Contains("\"preferredSecurityScheme\":[\"Bearer\"]", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar/scalar.js")).StatusCode); // served locally, no CDN
    }

    [Fact]
    public async Task Service_documents_are_served_by_the_gateway()
    {
        var client = gateway.CreateClient();
        foreach (var service in PlatformResources.Services)
        {
            using var response = await client.GetAsync($"/openapi/{service.Name}.json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.True(document.GetProperty("paths").TryGetProperty(SampleEndpoints.Prefix, out _));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/openapi/unknown.json")).StatusCode);

        var own = JsonDocument.Parse(await client.GetStringAsync("/openapi/gateway.json")).RootElement;
        var token = own.GetProperty("paths").GetProperty("/dev/token").GetProperty("post");
        Assert.Equal(JsonValueKind.Array, token.GetProperty("security").ValueKind); // anonymous: explicitly no bearer needed
        Assert.Equal(0, token.GetProperty("security").GetArrayLength());
        Assert.Equal("IssueDevelopmentToken", token.GetProperty("operationId").GetString());
    }

    [Fact]
    public async Task Gateway_document_and_event_catalogue_pass_Redocly_recommended_without_errors()
    {
        var own = await gateway.CreateClient().GetStringAsync("/openapi/gateway.json");
        await LabourWelfare.TestSupport.Contracts.OpenApiDocumentRules.LintAsync(own, "gateway", output.WriteLine);
        var catalogue = await File.ReadAllTextAsync(Path.Combine(TestEnvironment.RepositoryRoot, "docs", "asyncapi.yaml"));
        await LabourWelfare.TestSupport.Contracts.OpenApiDocumentRules.LintAsync(catalogue, "asyncapi", output.WriteLine);
    }

    [Fact]
    public async Task New_user_gets_a_token_and_makes_a_successful_call()
    {
        var anonymous = gateway.CreateClient();
        var token = await anonymous.PostAsJsonAsync("/dev/token", new { subject = "frontend-dev", roles = new[] { "registrar" }, region = "fars" })
            .ShouldBeAsync<JsonElement>(HttpStatusCode.OK);
        var client = gateway.ClientWithToken(token.GetProperty("accessToken").GetString()!);

        using var create = new HttpRequestMessage(HttpMethod.Post, SampleEndpoints.Prefix)
        {
            Content = JsonContent.Create(new { name = $"w-{Guid.NewGuid():N}", region = "fars", price = "۱۲۰۰۰", quantity = 1 }),
        };
        create.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var created = await client.SendAsync(create);
        var widget = await created.ShouldBeAsync<SampleEndpoints.WidgetResponse>(HttpStatusCode.Created);
        Assert.Equal(12000m, widget.Price);

        using var read = await client.GetAsync(created.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.NotNull(read.Headers.ETag);
    }
}

/// <summary>Outside Development the reference and documents are for officers only, and there is no token endpoint.</summary>
public sealed class ProductionGatewayTests(ProductionGatewayFactory gateway) : IClassFixture<ProductionGatewayFactory>
{
    [Theory]
    [InlineData("/scalar/")]
    [InlineData("/openapi/cooperatives.json")]
    public async Task Anonymous_callers_get_401_citizens_403_officers_200(string path)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await gateway.CreateClient().GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await gateway.ClientWithToken(gateway.Provider.Token(Roles.Citizen, "fars")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await gateway.ClientWithToken(gateway.Provider.Token(Roles.Inspector, "fars")).GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task There_is_no_token_endpoint_and_no_gateway_document()
    {
        var officer = gateway.ClientWithToken(gateway.Provider.Token(Roles.Admin, null));
        Assert.NotEqual(HttpStatusCode.OK, (await gateway.CreateClient().PostAsJsonAsync("/dev/token", new { subject = "x", roles = new[] { "admin" } })).StatusCode);
        var page = await (await officer.GetAsync("/scalar/")).Content.ReadAsStringAsync();
        Assert.Contains("openapi/cooperatives.json", page);
        Assert.DoesNotContain("openapi/gateway.json", page);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/openapi/gateway.json")).StatusCode);
    }
}
