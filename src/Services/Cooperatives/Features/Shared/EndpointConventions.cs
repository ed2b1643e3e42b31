namespace LabourWelfare.Cooperatives.Features.Shared;

internal static class EndpointConventions
{
    /// <summary>The problems a change to an existing record can answer: bad input, not found, rule, stale or missing If-Match.</summary>
    public static RouteHandlerBuilder ProducesChangeProblems(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
