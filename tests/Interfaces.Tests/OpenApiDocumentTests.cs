using System.Net;
using System.Text.Json;
using LabourWelfare.Interfaces.Tests.Sample;

namespace LabourWelfare.Interfaces.Tests;

/// <summary>AddPlatformOpenApi/MapPlatformOpenApi: exact schemas, every status code, the bearer scheme, platform headers.</summary>
[Collection(SampleServiceCollection.Name)]
public sealed class OpenApiDocumentTests(SampleService service)
{
    private async Task<JsonElement> DocumentAsync()
    {
        using var response = await service.Anonymous().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static JsonElement Operation(JsonElement document, string path, string method) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method);

    private static IEnumerable<string> Statuses(JsonElement operation) =>
        operation.GetProperty("responses").EnumerateObject().Select(p => p.Name);

    [Fact]
    public async Task Document_is_served_anonymously_with_gateway_relative_server_and_bearer_scheme()
    {
        var document = await DocumentAsync();
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        Assert.Equal("/", document.GetProperty("servers")[0].GetProperty("url").GetString());
        var bearer = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", bearer.GetProperty("type").GetString());
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
        Assert.Equal("JWT", bearer.GetProperty("bearerFormat").GetString());
    }

    [Fact]
    public async Task Document_is_built_once_and_then_served_from_the_output_cache()
    {
        var client = service.Anonymous();
        using var first = await client.GetAsync("/openapi/v1.json");
        using var second = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        // The output cache marks what it serves with Age; a document built anew has none.
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Create_operation_declares_body_schema_every_status_security_and_idempotency_key()
    {
        var document = await DocumentAsync();
        var create = Operation(document, SampleEndpoints.Prefix, "post");
        Assert.Equal("CreateWidget", create.GetProperty("operationId").GetString());
        Assert.Equal(["201", "400", "401", "403", "409", "413", "415", "422", "429", "503"], Statuses(create).Order().ToArray());
        var created = create.GetProperty("responses").GetProperty("201").GetProperty("headers");
        Assert.True(created.GetProperty("Location").GetProperty("required").GetBoolean());
        Assert.True(created.TryGetProperty("ETag", out _));
        Assert.True(created.TryGetProperty("Idempotency-Replayed", out _));
        Assert.True(create.GetProperty("responses").GetProperty("409").GetProperty("headers").TryGetProperty("Content-Language", out _));
        Assert.EndsWith("/HttpValidationProblemDetails", create.GetProperty("responses").GetProperty("400").GetProperty("content")
            .GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal("application/problem+json", create.GetProperty("responses").GetProperty("401").GetProperty("content").EnumerateObject().Single().Name);
        Assert.Contains(create.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("Bearer", out _));
        var headers = create.GetProperty("parameters").EnumerateArray().Where(p => p.GetProperty("in").GetString() == "header")
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("Idempotency-Key", headers);
        Assert.Contains("Accept-Language", headers);

        var schemas = document.GetProperty("components").GetProperty("schemas");
        var request = schemas.GetProperty("SampleEndpointsCreateWidget").GetProperty("properties");
        Assert.Equal(["name", "price", "quantity", "region"], request.EnumerateObject().Select(p => p.Name).Order().ToArray());
        Assert.Contains("number", TypeNames(request.GetProperty("price")));
        Assert.Equal("decimal", request.GetProperty("price").GetProperty("format").GetString());
        Assert.DoesNotContain("string", TypeNames(request.GetProperty("price")));
        Assert.Contains("integer", TypeNames(request.GetProperty("quantity")));
        Assert.True(schemas.TryGetProperty("SampleEndpointsWidgetResponse", out _));
        Assert.True(schemas.TryGetProperty("ProblemDetails", out _));
        Assert.True(schemas.TryGetProperty("HttpValidationProblemDetails", out _));
    }

    [Fact]
    public async Task Update_and_read_operations_declare_their_problems()
    {
        var document = await DocumentAsync();
        var item = $"{SampleEndpoints.Prefix}/{{id}}";
        var put = Operation(document, item, "put");
        Assert.Equal(["200", "400", "401", "403", "404", "412", "413", "415", "428", "429", "503"], Statuses(put).Order().ToArray());
        var ifMatch = put.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "If-Match");
        Assert.True(ifMatch.GetProperty("required").GetBoolean()); // it answers 428 without it
        Assert.Equal(["200", "400", "401", "403", "404", "429", "503"], Statuses(Operation(document, item, "get")).Order().ToArray());
        // Only POST honours Idempotency-Key.
        Assert.DoesNotContain(Operation(document, item, "put").GetProperty("parameters").EnumerateArray(),
            p => p.GetProperty("name").GetString() == "Idempotency-Key");
        var list = Operation(document, SampleEndpoints.Prefix, "get");
        var query = list.GetProperty("parameters").EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query")
            .Select(p => p.GetProperty("name").GetString()!).Order().ToArray();
        Assert.Equal(["name", "page", "pageSize"], query);
        var pageSize = list.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "pageSize").GetProperty("schema");
        Assert.Equal(1, pageSize.GetProperty("minimum").GetInt32());
        Assert.Equal(100, pageSize.GetProperty("maximum").GetInt32());
        Assert.Equal(20, pageSize.GetProperty("default").GetInt32());
    }

    [Fact]
    public async Task Anonymous_endpoints_carry_no_security_requirement()
    {
        var document = await DocumentAsync();
        Assert.False(document.GetProperty("paths").TryGetProperty("/health", out _)); // health is not part of the API
        Assert.False(document.GetProperty("paths").TryGetProperty("/openapi/v1.json", out _));
    }

    private static string[] TypeNames(JsonElement schema) =>
        schema.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : [type.GetString()!]
            : [];
}
