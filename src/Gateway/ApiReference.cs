using LabourWelfare.ServiceDefaults;
using LabourWelfare.ServiceDefaults.OpenApi;
using Scalar.AspNetCore;

namespace LabourWelfare.Gateway;

/// <summary>
/// The one API reference of the platform: /scalar lists the four services' OpenAPI documents, which the gateway
/// fetches from each service (/openapi/v1.json) and serves at /openapi/&lt;service&gt;.json, plus the gateway's own
/// (the Development token endpoint). Open to anyone in Development; elsewhere officers and admins only.
/// </summary>
public static class ApiReference
{
    public const string Policy = "api-reference";
    public const string Path = "/scalar";
    public const string GatewayDocument = "gateway";
    internal const string ClientName = "openapi-documents";

    public static string DocumentPath(string name) => $"/openapi/{name}.json";

    public static WebApplicationBuilder AddApiReference(this WebApplicationBuilder builder)
    {
        builder.AddPlatformOpenApi("Gateway");
        // No client timeout of its own: the standard resilience handler's (10 s an attempt, 30 s in all, with retries)
        // lets a service that is slow to build its first document answer on a busy machine.
        builder.Services.AddHttpClient(ClientName);
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole([.. Roles.Officers, Roles.Admin]));
        return builder;
    }

    public static WebApplication MapApiReference(this WebApplication app)
    {
        var services = DownstreamService.FromConfiguration(app.Configuration);
        var endpoints = app.MapGroup("").ExcludeFromDescription();
        if (app.Environment.IsDevelopment()) endpoints.AllowAnonymous();
        else endpoints.RequireAuthorization(Policy);

        // The gateway's own document only describes the Development token endpoint.
        if (app.Environment.IsDevelopment()) endpoints.MapOpenApi(DocumentPath(GatewayDocument));
        endpoints.MapGet(DocumentPath("{service}"), (string service, IHttpClientFactory clients, CancellationToken cancellationToken) =>
            ServiceDocumentAsync(services.FirstOrDefault(s => s.Name == service), clients, cancellationToken));
        endpoints.MapScalarApiReference(Path, options =>
        {
            options.WithTitle("Labour & Welfare API");
            foreach (var service in services)
                options.AddDocument(service.Name, Titles.GetValueOrDefault(service.Name, service.Name), DocumentPath(service.Name));
            if (app.Environment.IsDevelopment())
                options.AddDocument(GatewayDocument, "Gateway: Development token", DocumentPath(GatewayDocument));
            options.AddPreferredSecuritySchemes([PlatformOpenApi.BearerScheme]);
            options.EnablePersistentAuthentication();
        });
        return app;
    }

    private static readonly Dictionary<string, string> Titles = new()
    {
        [PlatformResources.Inspections.Name] = "Inspections",
        [PlatformResources.WelfareAid.Name] = "Welfare aid",
        [PlatformResources.Cooperatives.Name] = "Cooperatives",
        [PlatformResources.Mediation.Name] = "Mediation",
    };

    /// <summary>Fetches the service's document as it is now, so the reference never lags behind a deployment.</summary>
    private static async Task<IResult> ServiceDocumentAsync(DownstreamService? service, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        if (service is null) return TypedResults.NotFound();
        try
        {
            using var response = await clients.CreateClient(ClientName)
                .GetAsync(new Uri(service.Address, PlatformOpenApi.DocumentPath), cancellationToken);
            if (!response.IsSuccessStatusCode)
                return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The service's API document is not available.");
            var document = await response.Content.ReadAsStringAsync(cancellationToken);
            return TypedResults.Text(document, "application/json");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException
                                   && !cancellationToken.IsCancellationRequested)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The service is temporarily unavailable.");
        }
    }
}
