using LabourWelfare.Inspections;
using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Features.Workplaces;
using LabourWelfare.Inspections.Messaging;
using LabourWelfare.Messaging;
using LabourWelfare.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddAccessPolicies(Access.Table);
builder.AddServiceDatabase<InspectionsDbContext>(PlatformResources.Inspections.Database);
builder.AddPlatformMessaging<InspectionsDbContext>(PlatformResources.Inspections.Name, bus =>
{
    bus.AddConsumer<CooperativeRegisteredConsumer>();
});

var app = builder.Build();
app.UsePlatformPipeline();
app.MapDefaultEndpoints();

var workplaces = app.MapGroup("/api/inspections/workplaces").WithTags("Workplaces");
workplaces.MapListWorkplaces();
workplaces.MapGetWorkplace();

await app.MigrateDatabaseAsync<InspectionsDbContext>();
app.Run();

/// <summary>Entry point, visible to the API tests.</summary>
public partial class Program;
