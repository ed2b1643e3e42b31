using System.Net;
using System.Text;
using LabourWelfare.ServiceDefaults;
using Xunit;

namespace LabourWelfare.TestSupport;

/// <summary>
/// Walks every endpoint of a host's route table (like <see cref="AuthorizationMatrix"/>, so a new endpoint cannot
/// escape) as a caller its policy allows, and sends what careless or hostile clients send: broken JSON, the wrong JSON
/// shape, malformed values in fields the request does not have, nonsense in every query parameter a list or report
/// takes, and a query parameter no endpoint takes. Each must answer a 4xx with an RFC 9457 problem document, never a
/// 5xx and never an error without a body a client can show; a malformed body of an endpoint that reads one and an
/// unknown query parameter anywhere are a 400 naming the field.
/// </summary>
public static class BadInputProbe
{
    private static readonly (string Name, byte[] Body, string MediaType)[] Bodies =
    [
        ("broken JSON", Utf8("{\"name\": "), "application/json"),
        ("an array instead of an object", Utf8("[1, 2, 3]"), "application/json"),
        ("wrong types", Utf8("{\"region\": 42, \"name\": {}, \"amount\": \"lots\", \"items\": \"none\", \"date\": true}"), "application/json"),
        ("a form instead of JSON", Utf8("name=x&region=fars"), "application/x-www-form-urlencoded"),
        // Malformed values where no field reads them: still a malformed body (docs/api.md: unknown fields are refused).
        ("invalid UTF-8 in an unknown field", [.. Utf8("{\"surelyNotAField\": \""), 0xFF, 0xFE, .. Utf8("\"}")], "application/json"),
        ("1e400 in an unknown field", Utf8("{\"surelyNotAField\": 1e400}"), "application/json"),
    ];

    private const string UnknownParameter = "surelyNotAParameter";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>
    /// Nonsense for the query parameters the platform's lists and reports take, one kind at a time (a request with all
    /// of them would stop at the first, in binding, and never reach the handler's own checks).
    /// </summary>
    private static readonly string[] BadQueries =
    [
        "?page=zero", "?page=0", "?pageSize=-5", "?pageSize=100000", "?from=yesterday", "?from=2025-06-01&to=2025-01-01",
        "?to=2025-13-45", "?year=soon", "?year=99999", "?year=-1", "?status=nonsense", "?sector=%00", "?severity=%27%3B--",
        "?category=%D8%B9%D9%85%D9%84", "?region=%F0%9F%92%A5", "?region=atlantis", "?workplaceId=not-a-guid",
        "?available=perhaps", "?search=%25%25%5C", "?number=FARS-0000-", "?programmeId=00000000-0000-0000-0000-000000000000",
    ];

    public static async Task VerifyAsync(Func<string?, HttpClient> clientWithToken, IServiceProvider services,
        IReadOnlyDictionary<string, string[]> accessTable, string region = "fars")
    {
        var failures = new List<string>();
        var probed = 0;
        foreach (var endpoint in AuthorizationMatrix.Endpoints(services))
        {
            if (endpoint.AllowsAnonymous || endpoint.Policy is null || !accessTable.TryGetValue(endpoint.Policy, out var allowed)) continue;
            var role = allowed.FirstOrDefault(r => r != Roles.Citizen) ?? allowed[0];
            var client = clientWithToken(role == Roles.Citizen
                ? TestTokens.For(role, region, nationalId: NationalIds.NewIranian())
                : TestTokens.For(role, region));
            var url = AuthorizationMatrix.Concrete(endpoint.Route);

            // A parameter the endpoint does not take is refused, whatever else the request holds.
            var unknown = await SendAsync(client, new HttpRequestMessage(new HttpMethod(endpoint.Method), $"{url}?{UnknownParameter}=1"));
            if (unknown.Status != 400 || !unknown.Body.Contains($"\"{UnknownParameter}\"", StringComparison.Ordinal))
                failures.Add($"{endpoint} with ?{UnknownParameter}=1: {unknown.Status} instead of 400 naming it {Shorten(unknown.Body)}");
            probed++;

            if (endpoint.Method is "POST" or "PUT" or "PATCH")
            {
                foreach (var (name, body, mediaType) in Bodies)
                {
                    var content = new ByteArrayContent(body);
                    content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
                    var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), url) { Content = content };
                    request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                    var answer = await SendAsync(client, request);
                    Check(answer, $"{endpoint} with {name}", failures);
                    if (endpoint.AcceptsBody && mediaType == "application/json" && answer.Status != 400)
                        failures.Add($"{endpoint} with {name}: {answer.Status} instead of 400 {Shorten(answer.Body)}");
                    probed++;
                }
            }
            else
            {
                foreach (var query in BadQueries)
                {
                    var response = await SendAsync(client, new HttpRequestMessage(new HttpMethod(endpoint.Method), url + query));
                    // Nonsense in a parameter the endpoint takes as a free filter may find nothing (2xx); one it does not take is a 400.
                    if (response.Status is >= 200 and < 300) continue;
                    Check(response, $"{endpoint} with {query}", failures);
                    probed++;
                }
            }
        }
        Assert.True(probed > 0, "no endpoint was probed");
        Assert.True(failures.Count == 0, $"Bad input: {failures.Count} answer(s) that are not a 4xx problem\n" + string.Join("\n", failures));
    }

    private sealed record Answer(int Status, string? ContentType, string Body);

    private static async Task<Answer> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        return new Answer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static void Check(Answer answer, string what, List<string> failures)
    {
        if (answer.Status is < 400 or >= 500)
            failures.Add($"{what}: {answer.Status} {Shorten(answer.Body)}");
        else if (answer.ContentType != "application/problem+json")
            failures.Add($"{what}: {answer.Status} without a problem document (content type '{answer.ContentType}')");
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
