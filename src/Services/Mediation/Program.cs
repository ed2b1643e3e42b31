using LabourWelfare.Contracts;
using LabourWelfare.Mediation;
using LabourWelfare.Mediation.Data;
using LabourWelfare.Mediation.Features.Cases;
using LabourWelfare.Mediation.Features.History;
using LabourWelfare.Mediation.Features.Mediators;
using LabourWelfare.Mediation.Features.Sessions;
using LabourWelfare.Mediation.Features.Statistics;
using LabourWelfare.Mediation.Messaging;
using LabourWelfare.Messaging;
using LabourWelfare.Persistence;
using LabourWelfare.ServiceDefaults.Idempotency;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.ServiceDefaults.OpenApi;

// "migrate": apply the migrations as the database owner and grant the app role, then exit (a deployment step).
if (DatabaseMigration.IsRequested(args)) return await DatabaseMigration.RunAsync<MediationDbContext>(args, PlatformResources.Mediation.Database);

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.Configure<ProblemTranslations>(ProblemTexts.AddTo);
builder.AddPlatformOpenApi("Mediation");
builder.AddIdempotencyKeys<MediationDbContext>();
builder.Services.AddAccessPolicies(Access.Table);
builder.AddServiceDatabase<MediationDbContext>(PlatformResources.Mediation.Database);
builder.AddPlatformMessaging<MediationDbContext>(PlatformResources.Mediation.Name, EventCatalogue.Mediation, bus =>
{
    bus.AddConsumer<ViolationRecordedConsumer>();
});

var app = builder.Build();
app.UsePlatformPipeline();
app.UseIdempotencyKeys<MediationDbContext>();
app.MapDefaultEndpoints();
app.MapPlatformOpenApi();

var mediators = app.MapGroup("/api/mediation/mediators").WithTags("Mediators");
mediators.MapRegisterMediator();
mediators.MapListMediators();
mediators.MapGetMediator();
mediators.MapUpdateMediator();
mediators.MapDeclareConflict();
mediators.MapListConflicts();
mediators.MapMediatorCalendar();
mediators.MapMediatorHistory();

var cases = app.MapGroup("/api/mediation/cases").WithTags("Cases");
cases.MapOpenCase();
cases.MapListCases();
cases.MapGetCase();
cases.MapSetApplicant();
cases.MapAssignMediator();
cases.MapRecordOutcome();
cases.MapReferCase();
cases.MapCloseCase();
cases.MapScheduleSession();
cases.MapListCaseSessions();
cases.MapCancelSession();
cases.MapCaseHistory();

app.MapGroup("/api/mediation/statistics").WithTags("Statistics").MapGetStatistics();

app.Run();
return 0;

/// <summary>Entry point, visible to the API tests.</summary>
public partial class Program;
