using LabourWelfare.AppHost;
using LabourWelfare.ServiceDefaults;

// The map of the Labour & Welfare platform: what runs, what each part needs, and what is exposed.
// Every resource name comes from PlatformResources, the names the services read their configuration by:
// ConnectionStrings__messaging, ConnectionStrings__<service>db, services__<service>__http__0.
// How to run it and what the dashboard shows: docs/aspire.md.
var builder = DistributedApplication.CreateBuilder(args);

// ---- Infrastructure ------------------------------------------------------------------------------------------------
// Containers by default. With UseExistingServers=true (a machine without a container engine) the same names become
// connection strings taken from this AppHost's configuration: ConnectionStrings:messaging, ConnectionStrings:<service>db.
var useExistingServers = builder.UseExistingServers();

// RabbitMQ with its management UI (queues, _error queues). Persistent: the container outlives the AppHost, so
// restarting the AppHost does not restart the broker.
var messaging = useExistingServers
    ? builder.AddConnectionString(PlatformResources.Messaging)
    : builder.AddRabbitMQ(PlatformResources.Messaging, password: builder.AddParameter(AppHostNames.MessagingPassword, secret: true))
        .WithManagementPlugin()
        .WithLifetime(ContainerLifetime.Persistent);

// One PostgreSQL server, one database per service: no service reads another's tables. Aspire creates the databases.
var postgres = useExistingServers
    ? null
    : builder.AddPostgres(AppHostNames.Postgres, password: builder.AddParameter(AppHostNames.PostgresPassword, secret: true))
        .WithLifetime(ContainerLifetime.Persistent);

IResourceBuilder<IResourceWithConnectionString> DatabaseOf(ServiceResource service) =>
    postgres is null ? builder.AddConnectionString(service.Database) : postgres.AddDatabase(service.Database);

// Token settings every service and the gateway validate with (Auth__Issuer, Auth__Audience, and Auth__SigningKey or
// Auth__Authority).
var auth = builder.AddPlatformAuth();

// ---- Services ------------------------------------------------------------------------------------------------------
// Each owns its database and talks to the others only through RabbitMQ (MassTransit, outbox). WaitFor holds a service
// until the broker and its database are healthy. WithPlatformHttp: "http" endpoint, /health check, Replicas:<name>
// (replicas are competing consumers on the same queues).
var inspectionsDb = DatabaseOf(PlatformResources.Inspections);
var inspections = builder.AddProject<Projects.LabourWelfare_Inspections>(PlatformResources.Inspections.Name)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(inspectionsDb).WaitFor(inspectionsDb)
    .WithPlatformAuth(auth)
    .WithPlatformHttp();

var welfareAidDb = DatabaseOf(PlatformResources.WelfareAid);
var welfareAid = builder.AddProject<Projects.LabourWelfare_WelfareAid>(PlatformResources.WelfareAid.Name)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(welfareAidDb).WaitFor(welfareAidDb)
    .WithPlatformAuth(auth)
    .WithPlatformHttp();

var cooperativesDb = DatabaseOf(PlatformResources.Cooperatives);
var cooperatives = builder.AddProject<Projects.LabourWelfare_Cooperatives>(PlatformResources.Cooperatives.Name)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(cooperativesDb).WaitFor(cooperativesDb)
    .WithPlatformAuth(auth)
    .WithPlatformHttp();

var mediationDb = DatabaseOf(PlatformResources.Mediation);
var mediation = builder.AddProject<Projects.LabourWelfare_Mediation>(PlatformResources.Mediation.Name)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(mediationDb).WaitFor(mediationDb)
    .WithPlatformAuth(auth)
    .WithPlatformHttp();

// ---- Gateway -------------------------------------------------------------------------------------------------------
// Our own YARP project, the only part exposed outside. A reference to each service gives it services__<name>__http__0,
// the addresses of its four routes' destinations; it starts once all four are healthy.
builder.AddProject<Projects.LabourWelfare_Gateway>(PlatformResources.Gateway)
    .WithReference(inspections).WaitFor(inspections)
    .WithReference(welfareAid).WaitFor(welfareAid)
    .WithReference(cooperatives).WaitFor(cooperatives)
    .WithReference(mediation).WaitFor(mediation)
    .WithPlatformAuth(auth)
    .WithPlatformHttp()
    .WithExternalHttpEndpoints();

builder.Build().Run();
