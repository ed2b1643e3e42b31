namespace LabourWelfare.Web.Api;

/// <summary>
/// One form's submission state. The Idempotency-Key stays the same while the request may not have reached the
/// gateway (network error, 5xx), so pressing "retry" can never create the record twice; it changes after an answer
/// the gateway remembers (success, or a 4xx: the corrected form is a new request). The form's fields are never
/// cleared on failure, so nothing typed is lost.
/// </summary>
public sealed class Submission
{
    public string Key { get; private set; } = NewKey();

    public bool Busy { get; private set; }

    public ApiProblem? Problem { get; set; }

    public string? Error(string field) => Problem?.FieldError(field);

    public bool HasError(string field) => Error(field) is not null;

    public async Task<ApiResult<T>> RunAsync<T>(Func<string, Task<ApiResult<T>>> send)
    {
        Busy = true;
        Problem = null;
        try
        {
            var result = await send(Key);
            Problem = result.Problem;
            if (result.Ok || result.Problem is { Transient: false }) Key = NewKey();
            return result;
        }
        finally
        {
            Busy = false;
        }
    }

    private static string NewKey() => Guid.NewGuid().ToString();
}
