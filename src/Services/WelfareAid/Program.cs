using LabourWelfare.WelfareAid.Data;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceDatabase<WelfareAidDbContext>(PlatformResources.WelfareAid.Database);
builder.AddPlatformMessaging<WelfareAidDbContext>(PlatformResources.WelfareAid.Name);

var app = builder.Build();
app.UsePlatformPipeline();
app.MapDefaultEndpoints();

await app.MigrateDatabaseAsync<WelfareAidDbContext>();
app.Run();

/// <summary>Entry point, visible to the API tests.</summary>
public partial class Program;
