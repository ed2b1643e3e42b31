using System.Diagnostics;
using System.Text.Json;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LabourWelfare.ServiceDefaults;

/// <summary>
/// Turns every failure into RFC 9457 problem details with a 4xx status where the caller can act on it: bad input 400
/// (with field errors), broken rules and duplicates 409, stale versions 412, missing If-Match 428, outages 503.
/// Only unexpected faults are 500 and logged (without request bodies: they may hold personal data).
/// </summary>
internal sealed partial class PlatformExceptionHandler(IProblemDetailsService problemDetails, ILogger<PlatformExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem.Status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled error on {Method} {Endpoint}", context.Request.Method, context.GetEndpoint()?.DisplayName);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
            context.Response.Headers.RetryAfter = "5";

        context.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal static ProblemDetails Map(Exception exception) => exception switch
    {
        ValidationException validation => new HttpValidationProblemDetails(validation.Errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid.",
        },
        BadHttpRequestException { InnerException: JsonException json } => UnreadableJson(json),
        BadHttpRequestException bad => Unreadable(bad),
        JsonException json => UnreadableJson(json),
        DomainRuleException rule => WithCode(Problem(StatusCodes.Status409Conflict, "The change conflicts with a rule.", rule.Message), rule.Code),
        NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found.", notFound.Message),
        ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "Forbidden.", forbidden.Message),
        PreconditionRequiredException required => Problem(StatusCodes.Status428PreconditionRequired, "If-Match is required.", required.Message),
        PreconditionFailedException or DbUpdateConcurrencyException => Problem(StatusCodes.Status412PreconditionFailed,
            "The record was changed by someone else.", "Read it again and retry with its current ETag."),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
            WithCode(Problem(StatusCodes.Status409Conflict, "The record already exists.", "A record with the same unique values exists."), "duplicate"),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } =>
            WithCode(Problem(StatusCodes.Status409Conflict, "The record already exists.", "A record with the same unique values exists."), "duplicate"),
        _ when IsDatabaseOutage(exception) => Problem(StatusCodes.Status503ServiceUnavailable,
            "The service is temporarily unavailable.", "Try again in a few seconds."),
        _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.", null),
    };

    /// <summary>A body System.Text.Json refused: a field the request does not have, or a value of the wrong type or format.</summary>
    private static ProblemDetails UnreadableJson(JsonException json) => new HttpValidationProblemDetails(
        new Dictionary<string, string[]>
        {
            [JsonField(json.Path)] = [json.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal)
                ? "is not a field of this request."
                : "has a value of the wrong type or format."],
        })
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The request body could not be read.",
    };

    /// <summary>
    /// A request ASP.NET Core could not bind: a missing body, a query value of the wrong type. Its message is written for
    /// developers of the framework and never reaches a caller; only the parameter it names becomes the field.
    /// </summary>
    private static ProblemDetails Unreadable(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
            return Problem(bad.StatusCode, "Unsupported Media Type", "Send the body as JSON (Content-Type: application/json).");
        if (bad.StatusCode != StatusCodes.Status400BadRequest)
            return Problem(bad.StatusCode, "The request could not be read.", null);
        var fromBody = bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase);
        var missing = bad.Message.Contains("not provided", StringComparison.OrdinalIgnoreCase);
        var field = fromBody ? "body" : BoundParameter().Match(bad.Message) is { Success: true } match ? match.Groups["name"].Value : "request";
        return new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field] = [missing ? "is required." : "has a value of the wrong type or format."],
        })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request could not be read.",
        };
    }

    /// <summary>The parameter in "Failed to bind parameter "int? year" from "soon"." (type, then name, in quotes).</summary>
    [System.Text.RegularExpressions.GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial System.Text.RegularExpressions.Regex BoundParameter();

    private static ProblemDetails Problem(int status, string title, string? detail) => new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails WithCode(ProblemDetails problem, string code)
    {
        problem.Extensions["code"] = code;
        return problem;
    }

    /// <summary>"$.members[0].nationalId" → "members[0].nationalId": the name the form knows.</summary>
    private static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static bool IsDatabaseOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
            if (current is NpgsqlException { IsTransient: true } or TimeoutException) return true;
        return false;
    }
}

internal static class ProblemDetailsDefaults
{
    /// <summary>
    /// Every problem carries the trace id, so a support call can find the trace, and is written in the caller's
    /// language (Accept-Language: fa, ru, kk, en).
    /// </summary>
    public static void Customize(ProblemDetailsContext context)
    {
        context.ProblemDetails.Instance ??= $"{context.HttpContext.Request.Method} {context.HttpContext.Request.Path}";
        context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToHexString() ?? context.HttpContext.TraceIdentifier;
        Localization.ProblemLocalizer.Localize(context);
    }
}
