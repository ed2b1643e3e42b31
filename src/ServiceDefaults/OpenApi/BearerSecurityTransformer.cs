using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LabourWelfare.ServiceDefaults.OpenApi;

/// <summary>Declares the JWT bearer scheme once; operations reference it (see <see cref="PlatformOperationTransformer"/>).</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[PlatformOpenApi.BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            In = ParameterLocation.Header,
            Description = "A JWT with the caller's roles and region. In Development: POST /dev/token at the gateway.",
        };
        return Task.CompletedTask;
    }
}
