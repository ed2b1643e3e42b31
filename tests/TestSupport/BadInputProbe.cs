using System.Net;
using System.Text;
using LabourWelfare.ServiceDefaults;
using Xunit;

namespace LabourWelfare.TestSupport;

/// <summary>
/// Walks every endpoint of a host's route table (like <see cref="AuthorizationMatrix"/>, so a new endpoint cannot
/// escape) as a caller its policy allows, and sends what careless or hostile clients send: broken JSON, the wrong JSON
/// shape, and nonsense in every query parameter a list or report takes. Each must answer a 4xx with an RFC 9457
/// problem document, never a 5xx and never an error without a body a client can show.
/// </summary>
public static class BadInputProbe
{
    private static readonly (string Name, string Body, string MediaType)[] Bodies =
    [
        ("broken JSON", "{\"name\": ", "application/json"),
        ("an array instead of an object", "[1, 2, 3]", "application/json"),
        ("wrong types", "{\"region\": 42, \"name\": {}, \"amount\": \"lots\", \"items\": \"none\", \"date\": true}", "application/json"),
        ("a form instead of JSON", "name=x&region=fars", "application/x-www-form-urlencoded"),
    ];

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

            if (endpoint.Method is "POST" or "PUT" or "PATCH")
            {
                foreach (var (name, body, mediaType) in Bodies)
                {
                    var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), url)
                    {
                        Content = new StringContent(body, Encoding.UTF8, mediaType),
                    };
                    request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                    Check(await SendAsync(client, request), $"{endpoint} with {name}", failures);
                    probed++;
                }
            }
            else
            {
                foreach (var query in BadQueries)
                {
                    var response = await SendAsync(client, new HttpRequestMessage(new HttpMethod(endpoint.Method), url + query));
                    // A parameter the endpoint does not take is ignored: 2xx is fine there, anything else must be a 4xx problem.
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
