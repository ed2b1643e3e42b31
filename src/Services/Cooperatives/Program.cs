using LabourWelfare.Contracts;
using LabourWelfare.Cooperatives;
using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.AnnualReturns;
using LabourWelfare.Cooperatives.Features.EnergyProjects;
using LabourWelfare.Cooperatives.Features.History;
using LabourWelfare.Cooperatives.Features.Members;
using LabourWelfare.Cooperatives.Features.Registry;
using LabourWelfare.Cooperatives.Features.Statistics;
using LabourWelfare.Cooperatives.Features.Targets;
using LabourWelfare.Cooperatives.Scheduling;
using LabourWelfare.Messaging;
using LabourWelfare.Persistence;
using LabourWelfare.ServiceDefaults.Idempotency;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.ServiceDefaults.OpenApi;

// "migrate": apply the migrations as the database owner and grant the app role, then exit (a deployment step).
if (DatabaseMigration.IsRequested(args)) return await DatabaseMigration.RunAsync<CooperativesDbContext>(args, PlatformResources.Cooperatives.Database);

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.Configure<ProblemTranslations>(ProblemTexts.AddTo);
builder.AddPlatformOpenApi("Cooperatives");
builder.AddIdempotencyKeys<CooperativesDbContext>();
builder.Services.AddAccessPolicies(Access.Table);
builder.AddServiceDatabase<CooperativesDbContext>(PlatformResources.Cooperatives.Database);
builder.AddPlatformMessaging<CooperativesDbContext>(PlatformResources.Cooperatives.Name, EventCatalogue.Cooperatives);
builder.Services.AddHostedService<MembershipJob>();

var app = builder.Build();
app.UsePlatformPipeline();
app.UseIdempotencyKeys<CooperativesDbContext>();
app.MapDefaultEndpoints();
app.MapPlatformOpenApi();

var cooperatives = app.MapGroup("/api/cooperatives/cooperatives");
var registry = cooperatives.MapGroup("").WithTags("Registry");
registry.MapRegisterCooperative();
registry.MapListCooperatives();
registry.MapGetCooperative();
registry.MapUpdateCooperative();
registry.MapRegisterFoundingFile();
registry.MapActivateCooperative();
registry.MapSuspendCooperative();
registry.MapReinstateCooperative();
registry.MapDissolveCooperative();
registry.MapCooperativeHistory();

var members = cooperatives.MapGroup("").WithTags("Members");
members.MapAddMember();
members.MapListMembers();
members.MapGetMember();
members.MapRecordMemberLeaving();
members.MapChangeMemberShares();

var returns = cooperatives.MapGroup("").WithTags("Annual returns");
returns.MapFileAnnualReturn();
returns.MapListAnnualReturns();
returns.MapGetAnnualReturnHistory();
returns.MapGetAnnualReturn();
returns.MapCorrectAnnualReturn();

var energy = cooperatives.MapGroup("").WithTags("Energy projects");
energy.MapPlanEnergyProject();
energy.MapListEnergyProjects();
energy.MapGetEnergyProject();
energy.MapStartProjectInstallation();
energy.MapCommissionEnergyProject();

var targets = app.MapGroup("/api/cooperatives/regions").WithTags("Regional targets");
targets.MapGetRenewableTarget();
targets.MapSetRenewableTarget();

app.MapGroup("/api/cooperatives/statistics").WithTags("Statistics").MapGetRegionStatistics();

app.Run();
return 0;

/// <summary>Entry point, visible to the API tests.</summary>
public partial class Program;
