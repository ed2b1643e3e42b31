using System.Net.Http.Headers;
using System.Text.Json;

namespace LabourWelfare.TestSupport.Contracts;

/// <summary>
/// Holds every call a test makes to the documented API to the document: the answer's status must be documented for
/// its operation, its JSON body must validate against that status's schema, the platform headers it carries (ETag,
/// Location, Idempotency-Replayed, Content-Language, Retry-After) must be declared, and a request the service
/// accepted (2xx) must validate against the request schema. (A request the document calls invalid may be sent on
/// purpose by a negative test; then the service must refuse it with a 4xx.) A mismatch fails the test at the call,
/// naming the operation, the status and the JSON pointer.
/// </summary>
public sealed class ContractValidatingHandler(Func<HttpRequestMessage, Task<OpenApiContract?>> contractFor) : DelegatingHandler
{
    /// <summary>One service's document (the in-process service factories).</summary>
    public ContractValidatingHandler(Func<Task<OpenApiContract>> contract) : this(async _ => await contract()) { }

    /// <summary>
    /// Calls through the gateway (end-to-end tests): each call is held to the document of the service its path
    /// belongs to (/api/&lt;prefix&gt;/… → /openapi/&lt;service&gt;.json at the gateway), fetched once.
    /// </summary>
    public static ContractValidatingHandler ForGateway(Uri gateway)
    {
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/api/inspections/"] = "inspections", ["/api/aid/"] = "welfareaid",
            ["/api/cooperatives/"] = "cooperatives", ["/api/mediation/"] = "mediation",
        };
        var documents = new System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<OpenApiContract>>>();
        return new ContractValidatingHandler(request =>
        {
            var path = request.RequestUri!.AbsolutePath;
            var service = prefixes.FirstOrDefault(p => path.StartsWith(p.Key, StringComparison.Ordinal)).Value;
            if (service is null) return Task.FromResult<OpenApiContract?>(null);
            return documents.GetOrAdd(service, name => new Lazy<Task<OpenApiContract>>(async () =>
            {
                // The document is the test's yardstick, not what it tests: a service still building its first one
                // on a busy machine (the gateway's 503) is waited for, with a deadline.
                using var client = new HttpClient { BaseAddress = gateway };
                var document = await Eventually.Get(async () =>
                {
                    using var response = await client.GetAsync($"/openapi/{name}.json");
                    return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
                }, $"the gateway serves the {name} API document", TimeSpan.FromSeconds(90));
                return new OpenApiContract(document);
            })).Value.ContinueWith(t => (OpenApiContract?)t.Result, TaskScheduler.Default);
        });
    }

    private static readonly string[] PlatformHeaders = ["ETag", "Location", "Idempotency-Replayed", "Content-Language", "Retry-After"];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var requestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        var document = await contractFor(request);
        if (document is null) return response;
        var operation = document.Find(request.Method.Method, request.RequestUri!.AbsolutePath);
        if (operation is null) return response; // not part of the API (health, the document itself)

        var status = (int)response.StatusCode;
        var failures = new List<string>();
        var where = $"{operation.Id} ({request.Method} {request.RequestUri.PathAndQuery}) answered {status}";

        // The request, when the service accepted it.
        if (status is >= 200 and < 300 && IsJson(request.Content?.Headers.ContentType) && !string.IsNullOrWhiteSpace(requestBody))
        {
            // An operation without a body ignores what a test sends along (often "{}"): nothing to compare.
            if (operation.Definition["requestBody"] is null) { }
            else if (Parse(requestBody) is { } json)
                foreach (var error in document.Validate($"{operation.Pointer}/requestBody/content/application~1json/schema", json))
                    failures.Add($"request {error}");
        }

        // The answer: a documented status, a body matching its schema, declared headers.
        var key = operation.ResponseKey(status);
        if (key is null)
        {
            failures.Add($"status {status} is not documented (documented: {string.Join(", ", operation.Definition["responses"]!.AsObject().Select(r => r.Key))})");
        }
        else
        {
            var documented = operation.Definition["responses"]![key]!.AsObject();
            var body = response.Content is null ? "" : await response.Content.ReadAsStringAsync(cancellationToken);
            var mediaType = response.Content?.Headers.ContentType?.MediaType;
            if (!string.IsNullOrWhiteSpace(body) && IsJson(response.Content?.Headers.ContentType))
            {
                var content = documented["content"]?.AsObject();
                if (content is null || !content.ContainsKey(mediaType!))
                    failures.Add($"response: content type {mediaType} is not documented for {status} (documented: {string.Join(", ", content?.Select(c => c.Key) ?? [])})");
                else if (Parse(body) is { } json)
                    foreach (var error in document.Validate($"{operation.Pointer}/responses/{key}/content/{mediaType!.Replace("/", "~1", StringComparison.Ordinal)}/schema", json))
                        failures.Add($"response {error}");
            }
            var declared = documented["headers"]?.AsObject();
            foreach (var header in PlatformHeaders)
            {
                if (!Has(response, header)) continue;
                if (declared?.Any(h => string.Equals(h.Key, header, StringComparison.OrdinalIgnoreCase)) != true)
                    failures.Add($"response header {header} is sent but not documented for {status}");
            }
            if (declared is not null)
                foreach (var (name, header) in declared)
                    if (header?["required"]?.GetValue<bool>() == true && !Has(response, name))
                        failures.Add($"response header {name} is documented as required for {status} but missing");
        }

        if (failures.Count > 0)
            throw new ContractViolationException($"Contract: {where}, which its OpenAPI document does not allow:\n  " + string.Join("\n  ", failures));
        return response;
    }

    private static bool Has(HttpResponseMessage response, string header) =>
        response.Headers.NonValidated.Contains(header) || response.Content?.Headers.NonValidated.Contains(header) == true;

    private static bool IsJson(MediaTypeHeaderValue? type) =>
        type?.MediaType is { } media && (media == "application/json" || media.EndsWith("+json", StringComparison.Ordinal));

    private static JsonElement? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null; // broken JSON is the subject of other tests (BadInputProbe), not a contract question
        }
    }
}

public sealed class ContractViolationException(string message) : Exception(message);

/// <summary>One contract per document, loaded once, shared by every client of a test host.</summary>
public sealed class ContractSource(Func<Task<string>> load)
{
    private readonly Lazy<Task<OpenApiContract>> _contract = new(async () => new OpenApiContract(await load()));

    public Task<OpenApiContract> GetAsync() => _contract.Value;

    public ContractValidatingHandler Handler() => new(GetAsync);
}
