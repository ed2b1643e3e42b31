using LabourWelfare.Mediation.Data;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceDatabase<MediationDbContext>(PlatformResources.Mediation.Database);
builder.AddPlatformMessaging<MediationDbContext>(PlatformResources.Mediation.Name);

var app = builder.Build();
app.UsePlatformPipeline();
app.MapDefaultEndpoints();

await app.MigrateDatabaseAsync<MediationDbContext>();
app.Run();

/// <summary>Entry point, visible to the API tests.</summary>
public partial class Program;
