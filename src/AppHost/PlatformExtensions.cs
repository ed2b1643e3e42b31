using Microsoft.Extensions.Hosting;
using System.Globalization;

namespace LabourWelfare.AppHost;

/// <summary>
/// Names and configuration keys that exist only inside the AppHost. The services never read them: what they read is
/// named in PlatformResources (connection strings, service endpoints) and in <see cref="AuthVariables"/>.
/// </summary>
internal static class AppHostNames
{
    /// <summary>Configuration section of replica counts: Replicas:inspections = 2 (default 1).</summary>
    public const string ReplicasSection = "Replicas";

    /// <summary>Port of the gateway (Gateway:Port, default 5100; 0 = any free port).</summary>
    public const string GatewayPort = "Gateway:Port";

    /// <summary>Port of the web application (Web:Port, default 5110; 0 = any free port).</summary>
    public const string WebPort = "Web:Port";

    /// <summary>The secret of the web application's OpenID Connect client, shared by the provider and the web app.</summary>
    public const string WebClientSecret = "web-client-secret";

    /// <summary>Port of the identity provider (Identity:Port, default 5105; 0 = any free port).</summary>
    public const string IdentityPort = "Identity:Port";

    /// <summary>The PostgreSQL server; services only see their own database (ConnectionStrings__{service}db).</summary>
    public const string Postgres = "postgres";

    // Parameters: values from the AppHost configuration section "Parameters" (user-secrets, appsettings.json,
    // Parameters__<name> environment variables). Passwords of the local servers are generated with their data.
    public const string MessagingPassword = "messaging-password";
    public const string PostgresPassword = "postgres-password";
    public const string AuthIssuer = "auth-issuer";
    public const string AuthAudience = "auth-audience";
    public const string AuthSigningKey = "auth-signing-key";
    public const string AuthAuthority = "auth-authority";

    /// <summary>Readiness endpoint every service and the gateway map (ServiceDefaults: database and RabbitMQ checks).</summary>
    public const string HealthPath = "/health";

    /// <summary>The endpoint name the gateway resolves: services__{name}__http__0.</summary>
    public const string HttpEndpoint = "http";

    public const string TcpEndpoint = "tcp";
    public const string ManagementEndpoint = "management";

    /// <summary>Shortest symmetric signing key the services accept (HS256).</summary>
    public const int MinimumSigningKeyLength = 32;
}

/// <summary>Token settings the services and the gateway read (section "Auth" of their configuration).</summary>
internal static class AuthVariables
{
    public const string Issuer = "Auth__Issuer";
    public const string Audience = "Auth__Audience";
    public const string SigningKey = "Auth__SigningKey";
    public const string Authority = "Auth__Authority";
}

/// <summary>
/// The token settings: the audience and the authority (an endpoint of the identity provider or a parameter) always;
/// the Development issuer and signing key only in Development.
/// </summary>
internal sealed record PlatformAuth(
    IResourceBuilder<ParameterResource> Audience,
    object Authority,
    IResourceBuilder<ParameterResource>? Issuer,
    IResourceBuilder<ParameterResource>? SigningKey);

/// <summary>The few helpers that keep Program.cs a declarative map.</summary>
internal static class PlatformExtensions
{
    /// <summary>
    /// The audience parameter; the authority: the platform's identity provider, or an external OpenID Connect
    /// provider when Parameters:auth-authority is set; in Development also the issuer and the secret signing key of the
    /// gateway's POST /dev/token (generated once and kept in the AppHost's user secrets). Outside Development the
    /// services accept only the authority's tokens.
    /// </summary>
    public static PlatformAuth AddPlatformAuth(this IDistributedApplicationBuilder builder, IResourceBuilder<ProjectResource> identityProvider)
    {
        var audience = builder.AddParameter(AppHostNames.AuthAudience)
            .WithDescription("Token audience the services accept (Auth__Audience).");
        object authority = string.IsNullOrWhiteSpace(builder.Configuration[ParameterKey(AppHostNames.AuthAuthority)])
            ? identityProvider.GetEndpoint(AppHostNames.HttpEndpoint)
            : builder.AddParameter(AppHostNames.AuthAuthority)
                .WithDescription("An external OpenID Connect authority whose keys sign the tokens (Auth__Authority).");

        if (!builder.Environment.IsDevelopment()) return new PlatformAuth(audience, authority, Issuer: null, SigningKey: null);

        var configuredKey = builder.Configuration[ParameterKey(AppHostNames.AuthSigningKey)];
        if (configuredKey is not null && configuredKey.Length < AppHostNames.MinimumSigningKeyLength)
        {
            throw new InvalidOperationException(
                $"Parameters:{AppHostNames.AuthSigningKey} must be at least {AppHostNames.MinimumSigningKeyLength} characters.");
        }
        var issuer = builder.AddParameter(AppHostNames.AuthIssuer)
            .WithDescription("Issuer of the Development tokens of POST /dev/token (Auth__Issuer).");
        var signingKey = builder.AddParameter(AppHostNames.AuthSigningKey,
                new GenerateParameterDefault { MinLength = 48, Special = false }, secret: true, persist: true)
            .WithDescription($"Symmetric Development signing key, at least {AppHostNames.MinimumSigningKeyLength} characters (Auth__SigningKey).");
        return new PlatformAuth(audience, authority, issuer, signingKey);
    }

    /// <summary>
    /// One of the platform's own projects: it runs in the AppHost's environment (Aspire starts projects without their
    /// launch profile and would otherwise run them as Production), has an "http" endpoint (so a reference to it yields
    /// services__{name}__http__0), the /health check the dashboard shows and WaitFor waits on, and Replicas:{name}.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddPlatformProject<TProject>(this IDistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new()
    {
        var project = builder.AddProject<TProject>(name)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEndpoint(AppHostNames.HttpEndpoint, endpoint => endpoint.UriScheme = "http")
            .WithHttpHealthCheck(AppHostNames.HealthPath, endpointName: AppHostNames.HttpEndpoint)
            .WithReplicas(builder.ReplicasFor(name));
        return project;
    }

    /// <summary>A service: its own database, the broker, the token settings; it starts once both servers are healthy.</summary>
    public static IResourceBuilder<ProjectResource> AddPlatformService<TProject>(
        this IDistributedApplicationBuilder builder, ServiceResource service, Infrastructure.PlatformInfrastructure infrastructure, PlatformAuth auth)
        where TProject : IProjectMetadata, new()
    {
        var database = infrastructure.AddDatabase(service.Database);
        return builder.AddPlatformProject<TProject>(service.Name)
            .WithMigrations<TProject>(service, database)
            .WithReference(infrastructure.Messaging).WaitFor(infrastructure.Messaging)
            .WithPlatformAuth(auth);
    }

    /// <summary>
    /// The service's database as its app role, after its migrate step: the same binary run once with the argument
    /// "migrate" and the owner role's connection string (&lt;service&gt;-migrate on the dashboard, Finished when done).
    /// The running service cannot change its schema, so migrations never race between replicas.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithMigrations<TProject>(
        this IResourceBuilder<ProjectResource> project, ServiceResource service, Infrastructure.ServiceDatabase database)
        where TProject : IProjectMetadata, new()
    {
        var builder = project.ApplicationBuilder;
        var migrate = builder.AddProject<TProject>($"{service.Name}-migrate")
            .WithArgs("migrate")
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment(context => context.EnvironmentVariables[PlatformResources.ConnectionStringVariable(service.Database)] = database.OwnerConnectionString)
            .WithEnvironment("Database__AppRole", database.AppRole)
            .WaitFor(database.App)
            .WithParentRelationship(project)
            .WithIconName("DatabaseArrowUp");
        return project
            .WithReference(database.App).WaitFor(database.App)
            .WaitForCompletion(migrate);
    }

    /// <summary>Passes the token parameters as Auth__* environment variables.</summary>
    public static IResourceBuilder<ProjectResource> WithPlatformAuth(this IResourceBuilder<ProjectResource> project, PlatformAuth auth)
    {
        project.WithEnvironment(AuthVariables.Audience, auth.Audience);
        project.WithEnvironment(context => context.EnvironmentVariables[AuthVariables.Authority] = auth.Authority);
        if (auth.Issuer is not null) project.WithEnvironment(AuthVariables.Issuer, auth.Issuer);
        if (auth.SigningKey is not null) project.WithEnvironment(AuthVariables.SigningKey, auth.SigningKey);
        return project;
    }

    /// <summary>A public port from configuration (the one the README and docs use by default); 0 = any free port.</summary>
    public static int? PublicPort(this IDistributedApplicationBuilder builder, string key, int defaultPort)
    {
        var value = builder.Configuration[key];
        if (string.IsNullOrWhiteSpace(value)) return defaultPort;
        var port = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
        return port == 0 ? null : port;
    }

    /// <summary>Writes the gateway's address to the console once it is healthy, beside the dashboard's login link.</summary>
    public static void AnnounceWhenReady(this IResourceBuilder<ProjectResource> project, string? what = null)
    {
        project.ApplicationBuilder.Eventing.Subscribe<ResourceReadyEvent>(project.Resource, (evt, _) =>
        {
            var logger = evt.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LabourWelfare.AppHost");
            var url = project.GetEndpoint(AppHostNames.HttpEndpoint).Url;
            if (what is null)
                logger.LogInformation("The platform is up. Gateway: {GatewayUrl} (health: {GatewayUrl}/health, API reference: {GatewayUrl}/scalar)", url, url, url);
            else
                logger.LogInformation("{What} is up: {Url}", what, url);
            return Task.CompletedTask;
        });
    }

    /// <summary>Replicas:{name}, a whole number of at least 1; 1 when absent.</summary>
    private static int ReplicasFor(this IDistributedApplicationBuilder builder, string name)
    {
        var key = $"{AppHostNames.ReplicasSection}:{name}";
        var value = builder.Configuration[key];
        if (string.IsNullOrWhiteSpace(value)) return 1;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var replicas) && replicas >= 1
            ? replicas
            : throw new InvalidOperationException($"{key} must be a whole number of at least 1, not '{value}'.");
    }

    private static string ParameterKey(string parameterName) => $"Parameters:{parameterName}";
}
