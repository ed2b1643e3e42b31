using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Server.AspNetCore;

namespace LabourWelfare.Identity.Features.Connect;

/// <summary>
/// A protocol error OpenIddict could not send back to the client (unknown client, bad redirect_uri, missing
/// parameters) is answered as the platform answers every error — RFC 9457 problem details in the caller's language —
/// carrying the OpenID Connect "error" and "error_description" unchanged, for clients that read them.
/// </summary>
internal static class ProtocolErrors
{
    public static IServiceCollection AddProtocolErrorsToProblems(this IServiceCollection services) =>
        services.PostConfigure<ProblemDetailsOptions>(options =>
        {
            var platform = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                if (context.HttpContext.GetOpenIddictServerResponse() is { Error: { } error } response)
                {
                    context.ProblemDetails.Extensions["error"] = error;
                    if (response.ErrorDescription is { } description)
                    {
                        context.ProblemDetails.Extensions["error_description"] = description;
                        context.ProblemDetails.Detail ??= description;
                    }
                }
                platform?.Invoke(context);
            };
        });
}
