using LabourWelfare.Cooperatives;
using LabourWelfare.Cooperatives.Data;
using LabourWelfare.Cooperatives.Features.Registry;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddAccessPolicies(Access.Table);
builder.AddServiceDatabase<CooperativesDbContext>(PlatformResources.Cooperatives.Database);
builder.AddPlatformMessaging<CooperativesDbContext>(PlatformResources.Cooperatives.Name);

var app = builder.Build();
app.UsePlatformPipeline();
app.MapDefaultEndpoints();

var registry = app.MapGroup("/api/cooperatives/cooperatives").WithTags("Registry");
registry.MapRegisterCooperative();
registry.MapGetCooperative();

await app.MigrateDatabaseAsync<CooperativesDbContext>();
app.Run();

/// <summary>Entry point, visible to the API tests.</summary>
public partial class Program;
