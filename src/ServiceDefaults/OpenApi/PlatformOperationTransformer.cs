using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LabourWelfare.ServiceDefaults.OpenApi;

/// <summary>
/// What every operation of the platform can answer besides its own results, derived from the endpoint's metadata so it
/// cannot drift from the code: 401/403 and the bearer requirement when it needs a token; Idempotency-Key with its
/// 409/422 and the Idempotency-Replayed answer header on POST; If-Match (required when the operation answers 428);
/// ETag and Location on the answers that carry them; 400 with the field-error map wherever input is bound; 413/415 for
/// bodies, 429 (the gateway's rate limit) and 503 (a dependency down) with Retry-After; Content-Language on problems.
/// </summary>
internal sealed class PlatformOperationTransformer : IOpenApiOperationTransformer
{
    internal const string ProblemSchema = "ProblemDetails";
    internal const string ValidationProblemSchema = "HttpValidationProblemDetails";
    internal const string ProblemContentType = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata.ToList();
        operation.Parameters ??= [];
        operation.Responses ??= new OpenApiResponses();
        var method = context.Description.HttpMethod ?? "";
        var hasBody = operation.RequestBody is not null;
        var hasInput = hasBody || context.Description.ParameterDescriptions.Any(p =>
            p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Query || p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Path);

        AddHeader(operation, "Accept-Language", HeaderDocs.AcceptLanguage, required: false, example: "fa-IR,fa;q=0.9,en;q=0.5");

        var authenticated = PlatformOpenApi.RequiresAuthentication(metadata);
        if (authenticated)
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(PlatformOpenApi.BearerScheme, context.Document)] = [],
            });
            await AddProblemAsync(operation, context, StatusCodes.Status401Unauthorized, "No valid token: sign in again.", cancellationToken);
            if (PlatformOpenApi.HasPolicy(metadata))
                await AddProblemAsync(operation, context, StatusCodes.Status403Forbidden, "The caller's roles or region do not allow this.", cancellationToken);
        }
        else
        {
            // Anonymous: say so explicitly, so no global requirement can apply (Redocly's security-defined rule).
            operation.Security = [];
        }

        // Keys are kept per caller, so only POSTs that need a token honour them.
        var idempotent = authenticated && PlatformOpenApi.IsPost(method);
        if (idempotent)
        {
            AddHeader(operation, "Idempotency-Key", HeaderDocs.IdempotencyKey, required: false, example: "0193a7c2-5f1e-7b3a-9c1d-2e4f6a8b0c1d");
            await AddProblemAsync(operation, context, StatusCodes.Status409Conflict, "A rule forbids the change (see `code`), or a request with this Idempotency-Key is still being processed.", cancellationToken);
            await AddProblemAsync(operation, context, StatusCodes.Status422UnprocessableEntity, "The Idempotency-Key was used with another request body.", cancellationToken);
        }

        // Optimistic concurrency: an operation that answers 428 refuses to run without If-Match; one that answers only
        // 412 checks it when sent.
        var requiresIfMatch = operation.Responses.ContainsKey("428");
        if (requiresIfMatch || operation.Responses.ContainsKey("412"))
            AddHeader(operation, "If-Match", requiresIfMatch ? HeaderDocs.IfMatchRequired : HeaderDocs.IfMatchOptional, requiresIfMatch, example: "\"4711\"");

        if (hasInput)
            await AddProblemAsync(operation, context, StatusCodes.Status400BadRequest, "Bad input: `errors` maps each field to its messages.", cancellationToken);
        if (hasBody)
        {
            await AddProblemAsync(operation, context, StatusCodes.Status413PayloadTooLarge, "The request body is larger than the platform accepts.", cancellationToken);
            await AddProblemAsync(operation, context, StatusCodes.Status415UnsupportedMediaType, "The body is not `application/json`.", cancellationToken);
        }
        await AddProblemAsync(operation, context, StatusCodes.Status429TooManyRequests, "Too many requests from this caller: retry after `Retry-After` seconds.", cancellationToken);
        await AddProblemAsync(operation, context, StatusCodes.Status503ServiceUnavailable, "A dependency of the service is down: retry after `Retry-After` seconds.", cancellationToken);

        QueryParameters.Describe(operation, context);
        DescribeResponses(operation, context, idempotent);
    }

    /// <summary>Headers and descriptions on every answer, from what the platform's middleware and handlers write.</summary>
    private static void DescribeResponses(OpenApiOperation operation, OpenApiOperationTransformerContext context, bool idempotent)
    {
        var singleRecord = context.Description.RelativePath?.TrimEnd('/').EndsWith('}') == true;
        var responses = operation.Responses!;
        foreach (var (status, response) in responses.ToList())
        {
            if (response is not OpenApiResponse concrete) continue;
            var code = int.Parse(status, CultureInfo.InvariantCulture);
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (code is StatusCodes.Status201Created)
            {
                concrete.Headers["Location"] = Header(HeaderDocs.Location, "/api/inspections/inspections/0193a7c2-5f1e-7b3a-9c1d-2e4f6a8b0c1d", required: true);
                concrete.Headers["ETag"] = Header(HeaderDocs.ETag, "\"4711\"");
            }
            else if (code is StatusCodes.Status200OK && (singleRecord || !IsList(concrete)))
            {
                // Reads of one record, and changes and actions that answer with the record, carry its version.
                concrete.Headers["ETag"] = Header(HeaderDocs.ETag, "\"4711\"");
            }
            if (idempotent && code < 500)
                concrete.Headers["Idempotency-Replayed"] = Header(HeaderDocs.IdempotencyReplayed, "true");
            // Problems, and answers with labels (periods, months) written in the caller's language.
            concrete.Headers["Content-Language"] = Header(HeaderDocs.ContentLanguage, "fa");
            if (code is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable)
                concrete.Headers["Retry-After"] = Header("Seconds to wait before retrying.", "5", integer: true);
            if (string.IsNullOrWhiteSpace(concrete.Description) || concrete.Description == ReasonPhrase(code))
                concrete.Description = SuccessDescription(code, context) ?? concrete.Description;
        }
    }

    private static bool IsList(OpenApiResponse response) =>
        response.Content?.Values.Any(m => m.Schema is OpenApiSchemaReference { Reference.Id: { } id } && id.StartsWith("PagedListOf", StringComparison.Ordinal)
            || m.Schema?.Type is { } t && t.HasFlag(JsonSchemaType.Array)) == true;

    private static string? SuccessDescription(int code, OpenApiOperationTransformerContext context) => code switch
    {
        StatusCodes.Status200OK => $"{ReasonPhrase(code)}: {context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Http.Metadata.IEndpointSummaryMetadata>().FirstOrDefault()?.Summary ?? "the answer"}.",
        StatusCodes.Status201Created => "Created: the new record; `Location` says where to read it.",
        StatusCodes.Status202Accepted => "Accepted: the work runs in the background.",
        StatusCodes.Status204NoContent => "Done; nothing to return.",
        StatusCodes.Status404NotFound => "Not found (also: a record of another region).",
        StatusCodes.Status409Conflict => "A rule forbids the change; `code` says which.",
        StatusCodes.Status412PreconditionFailed => "Stale `If-Match`: someone changed the record since it was read. Read it again and retry.",
        StatusCodes.Status428PreconditionRequired => "`If-Match` is missing: send the record's `ETag`.",
        _ => null,
    };

    private static string ReasonPhrase(int code) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(code);

    private static OpenApiHeader Header(string description, string example, bool required = false, bool integer = false) => new()
    {
        Description = description,
        Required = required,
        Schema = new OpenApiSchema { Type = integer ? JsonSchemaType.Integer : JsonSchemaType.String },
        Example = integer ? System.Text.Json.Nodes.JsonValue.Create(int.Parse(example, CultureInfo.InvariantCulture)) : System.Text.Json.Nodes.JsonValue.Create(example),
    };

    private static void AddHeader(OpenApiOperation operation, string name, string description, bool required, string example)
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
            Example = System.Text.Json.Nodes.JsonValue.Create(example),
        });
    }

    /// <summary>Adds the problem answer, or corrects one the endpoint declared (400 always carries the field-error map).</summary>
    private static async Task AddProblemAsync(
        OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description, CancellationToken cancellationToken)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        var validation = status == StatusCodes.Status400BadRequest;
        var schemaName = validation ? ValidationProblemSchema : ProblemSchema;
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(schemaName) != true)
            document.AddComponent(schemaName, await context.GetOrCreateSchemaAsync(validation ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails), null, cancellationToken));
        if (operation.Responses!.TryGetValue(key, out var declared) && declared is OpenApiResponse existing)
        {
            // The endpoint declared it (ProducesProblem): keep it, but with the right schema and a useful description.
            existing.Content = ProblemContent(document, schemaName);
            if (string.IsNullOrWhiteSpace(existing.Description) || existing.Description == ReasonPhrase(status)) existing.Description = description;
            return;
        }
        operation.Responses![key] = new OpenApiResponse { Description = description, Content = ProblemContent(document, schemaName) };
    }

    private static Dictionary<string, OpenApiMediaType> ProblemContent(OpenApiDocument document, string schemaName) => new()
    {
        [ProblemContentType] = new() { Schema = new OpenApiSchemaReference(schemaName, document) },
    };
}

/// <summary>The platform's header descriptions, written once.</summary>
internal static class HeaderDocs
{
    public const string AcceptLanguage = "Language of problem titles and field messages: fa, ru, kk or en (the default), chosen by quality.";
    public const string IdempotencyKey = "Any unique string (a UUID) per intended change. A retry with the same key and body returns the first " +
        "answer without acting twice (with `Idempotency-Replayed: true`); the same key with another body answers 422; while the first is running, 409.";
    public const string IfMatchRequired = "The record's `ETag` as read. Missing: 428; stale (someone changed it since): 412.";
    public const string IfMatchOptional = "The record's `ETag` as read; when sent and stale, the change is refused with 412.";
    public const string ETag = "The record's version; send it back in `If-Match` to change the record.";
    public const string Location = "Where the new record is read.";
    public const string IdempotencyReplayed = "`true` when this is the remembered answer to an earlier request with the same Idempotency-Key.";
    public const string ContentLanguage = "The language of the problem's texts, or of the labels in the answer (fa, ru, kk or en).";
}
