using LabourWelfare.AppHost;
using LabourWelfare.AppHost.Infrastructure;

// The map of the Labour & Welfare platform: what runs, what each part needs, and what is exposed.
// Every resource name comes from PlatformResources, the names the services read their configuration by:
// ConnectionStrings__messaging, ConnectionStrings__<service>db, services__<service>__http__0.
// How to run it and what the dashboard shows: docs/aspire.md.
var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
{
    Args = args,
    // Dashboard:Enabled=false runs the platform without the dashboard: eng/load-test.sh --without-dashboard measures
    // what the platform costs on its own (the dashboard receives every span, log and metric of every process).
    DisableDashboard = !AppHostSettings.DashboardEnabled(args),
});
builder.Services.AddHostedService<ResourceStateReporter>(); // resource states on the console, not only on the dashboard

// ---- Infrastructure ------------------------------------------------------------------------------------------------
// RabbitMQ and one PostgreSQL server with a database per service: containers where a container engine answers,
// otherwise Debian's packages as executables (Infrastructure:Mode). Data is kept between runs (Infrastructure:DataDirectory).
var infrastructure = PlatformInfrastructure.Add(builder);

// ---- Identity ------------------------------------------------------------------------------------------------------
// The platform's own OpenID Connect provider (OpenIddict on ASP.NET Core Identity, its own database). Browsers and apps
// talk to it directly; the gateway and the services validate its tokens through its discovery document and JWKS.
var identity = builder.AddPlatformProject<Projects.LabourWelfare_Identity>(PlatformResources.Identity.Name)
    .WithMigrations<Projects.LabourWelfare_Identity>(PlatformResources.Identity, infrastructure.AddDatabase(PlatformResources.Identity.Database))
    .WithExternalHttpEndpoints()
    .WithEndpoint(AppHostNames.HttpEndpoint, endpoint => endpoint.Port = builder.PublicPort(AppHostNames.IdentityPort, PlatformResources.Identity.LocalPort));
identity.WithEnvironment("Identity__Issuer", identity.GetEndpoint(AppHostNames.HttpEndpoint)); // the "iss" services expect

// Token settings every service and the gateway validate with: the provider above (Auth__Authority), plus in
// Development the symmetric key of the gateway's POST /dev/token (Auth__SigningKey), so scripts and tests mint tokens.
var auth = builder.AddPlatformAuth(identity);

// ---- Services ------------------------------------------------------------------------------------------------------
// Each owns its database and talks to the others only through RabbitMQ (MassTransit, outbox). WaitFor holds a service
// until the broker and its database are healthy. AddPlatformProject: environment, "http" endpoint, /health check,
// Replicas:<name> (replicas are competing consumers on the same queues).
var inspections = builder.AddPlatformService<Projects.LabourWelfare_Inspections>(PlatformResources.Inspections, infrastructure, auth);
var welfareAid = builder.AddPlatformService<Projects.LabourWelfare_WelfareAid>(PlatformResources.WelfareAid, infrastructure, auth);
var cooperatives = builder.AddPlatformService<Projects.LabourWelfare_Cooperatives>(PlatformResources.Cooperatives, infrastructure, auth);
var mediation = builder.AddPlatformService<Projects.LabourWelfare_Mediation>(PlatformResources.Mediation, infrastructure, auth);

// ---- Gateway -------------------------------------------------------------------------------------------------------
// Our own YARP project, the only part exposed outside. A reference to each service gives it services__<name>__http__0,
// which service discovery resolves for its routes; it starts once all four are healthy.
var gateway = builder.AddPlatformProject<Projects.LabourWelfare_Gateway>(PlatformResources.Gateway)
    .WithPlatformAuth(auth)
    .WithExternalHttpEndpoints()
    .WithEndpoint(AppHostNames.HttpEndpoint, endpoint => endpoint.Port = builder.PublicPort(AppHostNames.GatewayPort, PlatformResources.GatewayLocalPort))
    // Socket completions on the I/O thread, beside Kestrel's inline scheduling (src/Gateway/ForwardingHost.cs): 10-14 %
    // less CPU per forwarded request (docs/benchmarks.md). Only here: nothing in the gateway blocks.
    .WithEnvironment("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
foreach (var service in new[] { inspections, welfareAid, cooperatives, mediation }) gateway.WithReference(service).WaitFor(service);
gateway.AnnounceWhenReady();

// ---- Web application -----------------------------------------------------------------------------------------------
// The officer console and citizen portal (Blazor): it reaches data only through the gateway, with the signed-in user's
// token from the identity provider (confidential client "web", code flow with PKCE).
var webClientSecret = builder.AddParameter(AppHostNames.WebClientSecret,
    new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);
var web = builder.AddPlatformProject<Projects.LabourWelfare_Web>(PlatformResources.Web)
    .WithReference(gateway).WaitFor(gateway)
    .WaitFor(identity)
    .WithEnvironment(context => context.EnvironmentVariables[AuthVariables.Authority] = identity.GetEndpoint(AppHostNames.HttpEndpoint))
    .WithEnvironment("Auth__ClientSecret", webClientSecret)
    .WithExternalHttpEndpoints()
    .WithEndpoint(AppHostNames.HttpEndpoint, endpoint => endpoint.Port = builder.PublicPort(AppHostNames.WebPort, PlatformResources.WebLocalPort));
identity.WithEnvironment("Identity__Clients__Web__BaseUrl", web.GetEndpoint(AppHostNames.HttpEndpoint))
    .WithEnvironment("Identity__Clients__Web__Secret", webClientSecret);
web.AnnounceWhenReady("The web application");

builder.Build().Run();
