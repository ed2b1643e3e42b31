using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace LabourWelfare.TestSupport;

public static class ProblemAssertions
{
    /// <summary>Asserts an RFC 9457 problem with this status (and these field errors, if named); returns its JSON.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, params string[] fields)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        foreach (var field in fields)
        {
            Assert.True(json.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _),
                $"Expected a field error for '{field}' in {body}");
        }
        return json;
    }

    /// <summary>Asserts a success status and reads the body.</summary>
    public static async Task<T> ShouldBeAsync<T>(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public static async Task<T> ShouldBeAsync<T>(this Task<HttpResponseMessage> response, HttpStatusCode status) =>
        await (await response).ShouldBeAsync<T>(status);

    public static async Task<JsonElement> ShouldBeProblemAsync(this Task<HttpResponseMessage> response, HttpStatusCode status, params string[] fields) =>
        await (await response).ShouldBeProblemAsync(status, fields);

    public static readonly JsonSerializerOptions Json = CreateJson();

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        LabourWelfare.ServiceDefaults.Extensions.ConfigureJson(options);
        return options;
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PostAsJsonAsync(url, body, Json);
}
