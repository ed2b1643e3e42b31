using LabourWelfare.Contracts;
using LabourWelfare.Inspections;
using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Features.Accidents;
using LabourWelfare.Inspections.Features.Campaigns;
using LabourWelfare.Inspections.Features.Checklists;
using LabourWelfare.Inspections.Features.History;
using LabourWelfare.Inspections.Features.Inspections;
using LabourWelfare.Inspections.Features.Planning;
using LabourWelfare.Inspections.Features.Reports;
using LabourWelfare.Inspections.Features.Statistics;
using LabourWelfare.Inspections.Features.Workplaces;
using LabourWelfare.Inspections.Messaging;
using LabourWelfare.Inspections.Scheduling;
using LabourWelfare.Messaging;
using LabourWelfare.Persistence;
using LabourWelfare.ServiceDefaults.Idempotency;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.ServiceDefaults.OpenApi;

// "migrate": apply the migrations as the database owner and grant the app role, then exit (a deployment step).
if (DatabaseMigration.IsRequested(args)) return await DatabaseMigration.RunAsync<InspectionsDbContext>(args, PlatformResources.Inspections.Database);

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.Configure<ProblemTranslations>(ProblemTexts.AddTo);
builder.AddPlatformOpenApi("Inspections");
builder.AddIdempotencyKeys<InspectionsDbContext>();
builder.Services.AddAccessPolicies(Access.Table);
builder.AddServiceDatabase<InspectionsDbContext>(PlatformResources.Inspections.Database);
builder.AddPlatformMessaging<InspectionsDbContext>(PlatformResources.Inspections.Name, EventCatalogue.Inspections, bus =>
{
    bus.AddConsumer<CooperativeRegisteredConsumer>();
    bus.AddConsumer<CooperativeDissolvedConsumer>();
    bus.AddConsumer<MediationCaseClosedConsumer>();
});
builder.Services.AddOptions<InspectionOptions>().BindConfiguration("Inspections");
builder.Services.AddHostedService<FollowUpOverdueJob>();

var app = builder.Build();
app.UsePlatformPipeline();
app.UseIdempotencyKeys<InspectionsDbContext>();
app.MapDefaultEndpoints();
app.MapPlatformOpenApi();

var workplaces = app.MapGroup("/api/inspections/workplaces").WithTags("Workplaces");
workplaces.MapListWorkplaces();
workplaces.MapGetAmbassadorCoverage();
workplaces.MapGetWorkplace();
workplaces.MapRegisterWorkplace();
workplaces.MapUpdateWorkplace();
workplaces.MapAppointAmbassador();
workplaces.MapEndAmbassadorTerm();
workplaces.MapGetWorkplaceRisk();
workplaces.MapWorkplaceHistory();

var checklists = app.MapGroup("/api/inspections/checklists").WithTags("Checklists");
checklists.MapCreateChecklist();
checklists.MapPublishChecklistVersion();
checklists.MapListChecklists();
checklists.MapGetChecklist();
checklists.MapChecklistHistory();

var inspections = app.MapGroup("/api/inspections/inspections").WithTags("Inspections");
inspections.MapScheduleInspection();
inspections.MapListInspections();
inspections.MapGetInspection();
inspections.MapStartInspection();
inspections.MapAnswerChecklist();
inspections.MapRecordViolation();
inspections.MapRecordRecommendation();
inspections.MapRecordSupplies();
inspections.MapCompleteInspection();
inspections.MapCancelInspection();
inspections.MapInspectionHistory();

var accidents = app.MapGroup("/api/inspections/accidents").WithTags("Accidents");
accidents.MapReportAccident();
accidents.MapListAccidents();
accidents.MapGetAccident();
accidents.MapStartAccidentInvestigation();
accidents.MapCloseAccident();
accidents.MapAccidentHistory();

var campaigns = app.MapGroup("/api/inspections/campaigns").WithTags("Campaigns");
campaigns.MapPlanCampaign();
campaigns.MapListCampaigns();
campaigns.MapGetCampaign();
campaigns.MapRecordParticipation();
campaigns.MapAnnounceCampaign();
campaigns.MapCampaignHistory();

app.MapGroup("/api/inspections/plan").WithTags("Planning").MapGetInspectionPlan();
app.MapGroup("/api/inspections/statistics").WithTags("Statistics").MapGetStatistics();
app.MapGroup("/api/inspections/reports").WithTags("Reports").MapGetAnnualReport();

app.Run();
return 0;

/// <summary>Entry point, visible to the API tests.</summary>
public partial class Program;
