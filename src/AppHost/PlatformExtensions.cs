using System.Globalization;

namespace LabourWelfare.AppHost;

/// <summary>
/// Names and configuration keys that exist only inside the AppHost. The services never read them: what they read is
/// named in PlatformResources (connection strings, service endpoints) and in <see cref="AuthVariables"/>.
/// </summary>
internal static class AppHostNames
{
    /// <summary>Configuration switch: true = use servers that already exist (AddConnectionString) instead of containers.</summary>
    public const string UseExistingServers = "UseExistingServers";

    /// <summary>Configuration section of replica counts: Replicas:inspections = 2 (default 1).</summary>
    public const string ReplicasSection = "Replicas";

    /// <summary>The PostgreSQL server container; services only see their own database (ConnectionStrings__{service}db).</summary>
    public const string Postgres = "postgres";

    // Parameters: values from the AppHost configuration section "Parameters" (user-secrets, appsettings.json,
    // Parameters__<name> environment variables); when one is missing the dashboard asks for it.
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
/// The token parameters: issuer and audience always; then either a real OpenID Connect provider (authority) or the
/// symmetric development signing key, never both.
/// </summary>
internal sealed record PlatformAuth(
    IResourceBuilder<ParameterResource> Issuer,
    IResourceBuilder<ParameterResource> Audience,
    IResourceBuilder<ParameterResource>? SigningKey,
    IResourceBuilder<ParameterResource>? Authority);

/// <summary>The few helpers that keep Program.cs a declarative map.</summary>
internal static class PlatformExtensions
{
    /// <summary>UseExistingServers=true in the AppHost configuration (appsettings, environment, command line).</summary>
    public static bool UseExistingServers(this IDistributedApplicationBuilder builder) =>
        bool.TryParse(builder.Configuration[AppHostNames.UseExistingServers], out var useExisting) && useExisting;

    /// <summary>
    /// Issuer and audience parameters, plus the authority parameter when Parameters:auth-authority is configured,
    /// otherwise the secret signing-key parameter.
    /// </summary>
    public static PlatformAuth AddPlatformAuth(this IDistributedApplicationBuilder builder)
    {
        var issuer = builder.AddParameter(AppHostNames.AuthIssuer)
            .WithDescription("Token issuer the services accept (Auth__Issuer).");
        var audience = builder.AddParameter(AppHostNames.AuthAudience)
            .WithDescription("Token audience the services accept (Auth__Audience).");

        if (!string.IsNullOrWhiteSpace(builder.Configuration[ParameterKey(AppHostNames.AuthAuthority)]))
        {
            var authority = builder.AddParameter(AppHostNames.AuthAuthority)
                .WithDescription("OpenID Connect authority whose keys sign the tokens (Auth__Authority).");
            return new PlatformAuth(issuer, audience, SigningKey: null, Authority: authority);
        }

        // Fail at start-up rather than in four services at once. A key entered in the dashboard cannot be checked here;
        // the services refuse a short one themselves.
        var configuredKey = builder.Configuration[ParameterKey(AppHostNames.AuthSigningKey)];
        if (configuredKey is not null && configuredKey.Length < AppHostNames.MinimumSigningKeyLength)
        {
            throw new InvalidOperationException(
                $"Parameters:{AppHostNames.AuthSigningKey} must be at least {AppHostNames.MinimumSigningKeyLength} characters.");
        }

        var signingKey = builder.AddParameter(AppHostNames.AuthSigningKey, secret: true)
            .WithDescription($"Symmetric development signing key, at least {AppHostNames.MinimumSigningKeyLength} characters (Auth__SigningKey).");
        return new PlatformAuth(issuer, audience, SigningKey: signingKey, Authority: null);
    }

    /// <summary>Passes the token parameters as Auth__* environment variables.</summary>
    public static IResourceBuilder<ProjectResource> WithPlatformAuth(this IResourceBuilder<ProjectResource> project, PlatformAuth auth)
    {
        project.WithEnvironment(AuthVariables.Issuer, auth.Issuer)
               .WithEnvironment(AuthVariables.Audience, auth.Audience);

        if (auth.Authority is not null)
        {
            project.WithEnvironment(AuthVariables.Authority, auth.Authority);
        }

        if (auth.SigningKey is not null)
        {
            project.WithEnvironment(AuthVariables.SigningKey, auth.SigningKey);
        }

        return project;
    }

    /// <summary>
    /// What every HTTP part of the platform has: an endpoint named "http" (so a reference to it yields
    /// services__{name}__http__0 even if its launch profile only declares https), the /health check the dashboard
    /// shows and WaitFor waits on, and its replica count from Replicas:{name}.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPlatformHttp(this IResourceBuilder<ProjectResource> project)
    {
        var replicas = project.ApplicationBuilder.ReplicasFor(project.Resource.Name);

        return project
            // Changes nothing when the launch profile already declares "http"; otherwise adds it (ASPNETCORE_URLS follows).
            .WithEndpoint(AppHostNames.HttpEndpoint, endpoint => endpoint.UriScheme = "http")
            .WithHttpHealthCheck(AppHostNames.HealthPath, endpointName: AppHostNames.HttpEndpoint)
            .WithReplicas(replicas);
    }

    /// <summary>Replicas:{name}, a whole number of at least 1; 1 when absent.</summary>
    private static int ReplicasFor(this IDistributedApplicationBuilder builder, string name)
    {
        var key = $"{AppHostNames.ReplicasSection}:{name}";
        var value = builder.Configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return 1;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var replicas) && replicas >= 1
            ? replicas
            : throw new InvalidOperationException($"{key} must be a whole number of at least 1, not '{value}'.");
    }

    private static string ParameterKey(string parameterName) => $"Parameters:{parameterName}";
}
