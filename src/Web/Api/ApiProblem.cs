using System.Text.Json;

namespace LabourWelfare.Web.Api;

/// <summary>An RFC 9457 problem from the gateway, already in the user's language (we send Accept-Language).</summary>
public sealed class ApiProblem
{
    public int Status { get; init; }
    public string? Title { get; init; }
    public string? Detail { get; init; }
    public string? Code { get; init; }
    public string? TraceId { get; init; }

    /// <summary>Field (JSON path as sent, e.g. "members[0].nationalId") → messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>True when the network or the gateway failed, not the request: retry with the same Idempotency-Key.</summary>
    public bool Transient => Status is 0 or 502 or 503 or 504;

    /// <summary>Someone changed the record meanwhile (412), or a rule of its current state refuses (409): reload.</summary>
    public bool Stale => Status is 409 or 412 or 428;

    public string? FieldError(string field) =>
        Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } messages
            ? string.Join(" ", messages)
            : null;

    /// <summary>Messages for fields that no input on the form shows (so none is lost).</summary>
    public IEnumerable<string> ErrorsExcept(IEnumerable<string> shownFields)
    {
        var shown = shownFields.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Errors.Where(e => !shown.Contains(e.Key)).SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"));
    }

    public static ApiProblem Parse(int status, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
                foreach (var field in e.EnumerateObject())
                    errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                        ? field.Value.EnumerateArray().Select(m => m.ToString()).ToArray()
                        : [field.Value.ToString()];
            return new ApiProblem
            {
                Status = status,
                Title = Text(root, "title"),
                Detail = Text(root, "detail"),
                Code = Text(root, "code"),
                TraceId = Text(root, "traceId"),
                Errors = errors,
            };
        }
        catch (JsonException)
        {
            return new ApiProblem { Status = status };
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

/// <summary>What a call gave: the value and its ETag, or a problem.</summary>
public sealed record ApiResult<T>(T? Value, string? ETag, ApiProblem? Problem)
{
    public bool Ok => Problem is null;
}
