using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LabourWelfare.ServiceDefaults.OpenApi;

/// <summary>
/// What every operation of the platform can answer besides its own results: 401/403 when it needs a token, the
/// Idempotency-Key header with its 409/422 on POST, Accept-Language for localised problems. All problems use the
/// RFC 9457 ProblemDetails schema.
/// </summary>
internal sealed class PlatformOperationTransformer : IOpenApiOperationTransformer
{
    private const string ProblemSchema = "ProblemDetails";
    private const string ProblemContentType = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Parameters ??= [];
        operation.Responses ??= new OpenApiResponses();

        AddHeader(operation, "Accept-Language",
            "Language of problem titles and field messages: fa, ru, kk or en (the default).", required: false);

        var authenticated = PlatformOpenApi.RequiresAuthentication(metadata.ToList());
        if (authenticated)
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(PlatformOpenApi.BearerScheme, context.Document)] = [],
            });
            await AddProblemAsync(operation, context, StatusCodes.Status401Unauthorized, "No valid token.", cancellationToken);
            if (PlatformOpenApi.HasPolicy(metadata.ToList()))
                await AddProblemAsync(operation, context, StatusCodes.Status403Forbidden, "The caller's roles or region do not allow this.", cancellationToken);
        }

        // Keys are kept per caller, so only POSTs that need a token honour them.
        if (authenticated && PlatformOpenApi.IsPost(context.Description.HttpMethod))
        {
            AddHeader(operation, "Idempotency-Key",
                "Any unique string (a UUID) per intended change. A retry with the same key and body returns the first " +
                "response without acting twice; the same key with another body answers 422.", required: false);
            await AddProblemAsync(operation, context, StatusCodes.Status409Conflict, "A conflict, or a request with this Idempotency-Key is still being processed.", cancellationToken);
            await AddProblemAsync(operation, context, StatusCodes.Status422UnprocessableEntity, "The Idempotency-Key was used with another request body.", cancellationToken);
        }
    }

    private static void AddHeader(OpenApiOperation operation, string name, string description, bool required)
    {
        if (operation.Parameters!.Any(p => p.In == ParameterLocation.Header && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            return;
        operation.Parameters!.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = required,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }

    private static async Task AddProblemAsync(
        OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description, CancellationToken cancellationToken)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key)) return; // the endpoint declared it itself (ProducesProblem)
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(ProblemSchema) != true)
            document.AddComponent(ProblemSchema, await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken));
        operation.Responses![key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemContentType] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) },
            },
        };
    }
}
