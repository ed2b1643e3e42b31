using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LabourWelfare.ServiceDefaults;

/// <summary>
/// The one way an endpoint declares the problems its handler can answer, for the OpenAPI document. Handlers return
/// only their success result; every failure is an exception (<c>ValidationException</c>, <c>NotFoundException</c>,
/// <c>DomainRuleException</c>, <c>PreconditionFailedException</c>, …) that <see cref="PlatformExceptionHandler"/> turns
/// into problem details. 401/403, 400 wherever input is bound, 409/422 for Idempotency-Key, 429 and 503 are added to
/// every operation by the document itself; declare here what the handler's own rules add.
/// </summary>
public static class ProblemResponses
{
    /// <summary>A change to an existing record: not found, a rule, a stale If-Match (412) or none at all (428).</summary>
    public static IReadOnlyList<int> Change { get; } =
    [
        StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed,
        StatusCodes.Status428PreconditionRequired,
    ];

    /// <summary>Declares each status as a problem answer (400 as a validation problem with its field errors).</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params IEnumerable<int> statuses)
    {
        foreach (var status in statuses.Distinct())
        {
            if (status == StatusCodes.Status400BadRequest) builder.ProducesValidationProblem();
            else builder.ProducesProblem(status);
        }
        return builder;
    }
}
