using System.Text.Json;
using System.Text.Json.Serialization;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace LabourWelfare.ServiceDefaults;

public static class Extensions
{
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";

    /// <summary>
    /// Telemetry, health checks, service discovery, resilient HttpClients, RFC 9457 problem details, JSON conventions,
    /// JWT authentication with a deny-by-default fallback policy, and the region reference data.
    /// The identity provider passes <paramref name="bearerAuthentication"/> false: it validates its own tokens
    /// (OpenIddict validation) and sets its own fallback policy, so it needs neither Auth:Authority nor a shared key.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, bool bearerAuthentication = true)
    {
        builder.AddHostDefaults();

        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsDefaults.Customize);
        builder.Services.AddExceptionHandler<PlatformExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            ConfigureJson(options.SerializerOptions);
            // A field the request does not have is refused (400 with that field), never skipped unread: docs/api.md.
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        // Unreadable bodies reach PlatformExceptionHandler in every environment, so they get field errors too.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        // For what is the same for every caller and costly to build: the OpenAPI document (PlatformOpenApi).
        builder.Services.AddOutputCache();

        if (bearerAuthentication) builder.AddPlatformAuthentication();
        return builder;
    }

    /// <summary>
    /// What every process of the platform shares, the web frontend included (it signs people in with cookies and
    /// OpenID Connect instead of taking bearer tokens): telemetry, health checks, service discovery, resilient
    /// HttpClients and the region reference data.
    /// </summary>
    public static IHostApplicationBuilder AddHostDefaults(this IHostApplicationBuilder builder)
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "regions.json"), optional: false);
        builder.Services.TryAddSingleton(sp => RegionCatalog.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>
    /// camelCase, enums as kebab-case strings ("renewable-energy"), no numbers for enums; numbers may arrive as
    /// strings of Persian or Arabic digits ("۱۲۰۰۰۰"), as people type them.
    /// </summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new Json.LocalizedNumberConverterFactory());
    }

    public static IHostApplicationBuilder ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", "LabourWelfare.*"))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, "MassTransit", "LabourWelfare.*")
                .AddAspNetCoreInstrumentation(options =>
                    // Health probes every few seconds would drown the traces operators look for.
                    options.Filter = context =>
                        !context.Request.Path.StartsWithSegments(HealthPath) && !context.Request.Path.StartsWithSegments(AlivePath))
                .AddHttpClientInstrumentation(options =>
                    // The gateway's downstream health checks run on a timer: no trace per probe either.
                    options.FilterHttpRequestMessage = request => request.RequestUri is not { } uri
                        || !(uri.AbsolutePath.StartsWith(HealthPath, StringComparison.Ordinal) || uri.AbsolutePath.StartsWith(AlivePath, StringComparison.Ordinal)))
                .AddNpgsql()
                .AddProcessor(new BackgroundSpanFilter()));

        // OTLP export is switched on only when an endpoint is configured (Aspire sets it; the eng/ scripts may).
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        return builder;
    }

    public static IHostApplicationBuilder AddDefaultHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary>
    /// /health: ready (its database and RabbitMQ, every check tagged "ready"); /alive: the process answers.
    /// Both anonymous: orchestrators probe them without tokens.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready") || check.Tags.Contains("live"),
            ResponseWriter = HealthResponseWriter.WriteAsync,
            // A degraded dependency (e.g. the bus reconnecting) is not ready for traffic either.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") })
            .AllowAnonymous();
        return app;
    }

    /// <summary>The middleware every service and the gateway run, in order.</summary>
    public static WebApplication UsePlatformPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.Use(QueryParameters.RefuseUnknownAsync);
        return app;
    }
}
