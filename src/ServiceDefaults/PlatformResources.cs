namespace LabourWelfare.ServiceDefaults;

/// <summary>
/// The one list of resource names of the platform. The AppHost, the services, the gateway and the eng/ scripts
/// (through eng/resources.env, checked by a test) all use these names, so configuration keys cannot drift apart.
/// </summary>
// The AppHost compiles this file too; there the types are internal, so a test project that references both the
// AppHost and ServiceDefaults sees one PlatformResources.
#if LW_APPHOST
internal
#else
public
#endif
static class PlatformResources
{
    /// <summary>RabbitMQ connection string name: ConnectionStrings__messaging.</summary>
    public const string Messaging = "messaging";

    public const string Gateway = "gateway";

    /// <summary>The web frontend (officer console and citizen portal); it calls only the gateway.</summary>
    public const string Web = "web";

    public static readonly ServiceResource Inspections = new("inspections", "inspectionsdb", 5101);
    public static readonly ServiceResource WelfareAid = new("welfareaid", "welfareaiddb", 5102);
    public static readonly ServiceResource Cooperatives = new("cooperatives", "cooperativesdb", 5103);
    public static readonly ServiceResource Mediation = new("mediation", "mediationdb", 5104);

    /// <summary>
    /// The platform's OpenID Connect provider: its own database, no gateway route (browsers and apps talk to it
    /// directly; services find its keys through Auth:Authority), so it is not among <see cref="Services"/>.
    /// </summary>
    public static readonly ServiceResource Identity = new("identity", "identitydb", 5105);

    /// <summary>The port the gateway listens on when started by the eng/ scripts.</summary>
    public const int GatewayLocalPort = 5100;

    /// <summary>The port the web frontend listens on when started by the eng/ scripts.</summary>
    public const int WebLocalPort = 5110;

    public static IReadOnlyList<ServiceResource> Services { get; } = [Inspections, WelfareAid, Cooperatives, Mediation];

    /// <summary>Environment variable that carries a connection string (the form Aspire writes).</summary>
    public static string ConnectionStringVariable(string name) => $"ConnectionStrings__{name}";

    /// <summary>Environment variable that tells where a service listens (read by service discovery).</summary>
    public static string ServiceEndpointVariable(string service) => $"services__{service}__http__0";
}

/// <param name="Name">Resource and service-discovery name, also the gateway route prefix owner.</param>
/// <param name="Database">Its own PostgreSQL database: ConnectionStrings__{Database}.</param>
/// <param name="LocalPort">Port used by the eng/ scripts when no orchestrator assigns one.</param>
#if LW_APPHOST
internal
#else
public
#endif
sealed record ServiceResource(string Name, string Database, int LocalPort);
