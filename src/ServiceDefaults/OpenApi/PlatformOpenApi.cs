using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LabourWelfare.ServiceDefaults.OpenApi;

/// <summary>
/// Each service's OpenAPI document at /openapi/v1.json: schemas from the TypedResults unions, the JWT bearer scheme on
/// every operation that needs a token (with its 401/403 problems), the platform's headers (Idempotency-Key,
/// Accept-Language) and a gateway-relative server, because frontends reach every service through the gateway.
/// </summary>
public static class PlatformOpenApi
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";
    public const string BearerScheme = "Bearer";

    public static IHostApplicationBuilder AddPlatformOpenApi(this IHostApplicationBuilder builder, string? title = null)
    {
        var documentTitle = title ?? builder.Environment.ApplicationName;
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            var names = new SchemaNames();
            options.CreateSchemaReferenceId = names.Create;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = documentTitle;
                document.Info.Version = DocumentName;
                // Paths already carry the public prefix (/api/aid/...); the gateway forwards them unchanged.
                document.Servers = [new Microsoft.OpenApi.OpenApiServer { Url = "/", Description = "The gateway" }];
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<BearerSecurityTransformer>();
            options.AddOperationTransformer<PlatformOperationTransformer>();
            options.AddOperationTransformer((operation, context, _) =>
            {
                // The use case's own words: the XML comment on its handler or its class.
                var handler = context.Description.ActionDescriptor.EndpointMetadata.OfType<System.Reflection.MethodInfo>().FirstOrDefault();
                operation.Description ??= XmlDocs.Operation(handler) ?? operation.Summary;
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer(NumberSchemaTransformer.TransformAsync);
            options.AddDocumentTransformer(new DocumentPolish(names, documentTitle));
        });
        return builder;
    }

    /// <summary>
    /// Maps the document anonymously: the gateway fetches it without a token to build the API reference. The framework
    /// builds it anew on every request (about 0.4 s warm, over 1 s cold, much more on a loaded machine), yet it cannot
    /// change while the process runs: it is built once and kept (output cache).
    /// </summary>
    public static IEndpointConventionBuilder MapPlatformOpenApi(this IEndpointRouteBuilder app) =>
        app.MapOpenApi(DocumentPath).AllowAnonymous().ExcludeFromDescription()
            .CacheOutput(policy => policy.Expire(TimeSpan.FromDays(365)));

    /// <summary>True when the endpoint needs a caller: it names a policy, or it falls under the fallback policy.</summary>
    internal static bool RequiresAuthentication(IReadOnlyList<object> metadata) =>
        !metadata.OfType<IAllowAnonymous>().Any();

    /// <summary>True when a policy or role list narrows who may call, so a known caller can still get 403.</summary>
    internal static bool HasPolicy(IReadOnlyList<object> metadata) =>
        metadata.OfType<IAuthorizeData>().Any(a => a.Policy is not null || a.Roles is not null)
        || metadata.OfType<AuthorizationPolicy>().Any();

    internal static bool IsPost(string? method) => string.Equals(method, HttpMethods.Post, StringComparison.OrdinalIgnoreCase);
}
