using LabourWelfare.Contracts;
using LabourWelfare.Messaging;
using LabourWelfare.Persistence;
using LabourWelfare.ServiceDefaults.Idempotency;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.ServiceDefaults.OpenApi;
using LabourWelfare.WelfareAid;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Features.Applications;
using LabourWelfare.WelfareAid.Features.Beneficiaries;
using LabourWelfare.WelfareAid.Features.History;
using LabourWelfare.WelfareAid.Features.Disbursements;
using LabourWelfare.WelfareAid.Features.Programmes;
using LabourWelfare.WelfareAid.Features.Referrals;
using LabourWelfare.WelfareAid.Features.Statistics;
using LabourWelfare.WelfareAid.Messaging;

// "migrate": apply the migrations as the database owner and grant the app role, then exit (a deployment step).
if (DatabaseMigration.IsRequested(args)) return await DatabaseMigration.RunAsync<WelfareAidDbContext>(args, PlatformResources.WelfareAid.Database);

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.Configure<ProblemTranslations>(ProblemTexts.AddTo);
builder.AddPlatformOpenApi("Welfare aid");
builder.AddIdempotencyKeys<WelfareAidDbContext>();
builder.Services.AddAccessPolicies(Access.Table);
builder.AddServiceDatabase<WelfareAidDbContext>(PlatformResources.WelfareAid.Database);
builder.Services.AddScoped<ReferralIntake>();
builder.AddPlatformMessaging<WelfareAidDbContext>(PlatformResources.WelfareAid.Name, EventCatalogue.WelfareAid, bus =>
{
    bus.AddConsumer<AccidentReportedConsumer>();
    bus.AddConsumer<MediationCaseClosedConsumer>();
});

var app = builder.Build();
app.UsePlatformPipeline();
app.UseIdempotencyKeys<WelfareAidDbContext>();
app.MapDefaultEndpoints();
app.MapPlatformOpenApi();

var beneficiaries = app.MapGroup("/api/aid/beneficiaries").WithTags("Beneficiaries");
beneficiaries.MapRegisterBeneficiary();
beneficiaries.MapListBeneficiaries();
beneficiaries.MapGetBeneficiary();
beneficiaries.MapUpdateBeneficiary();
beneficiaries.MapFindBeneficiary();
beneficiaries.MapBeneficiaryHistory();

var programmes = app.MapGroup("/api/aid/programmes").WithTags("Programmes");
programmes.MapCreateProgramme();
programmes.MapListProgrammes();
programmes.MapGetProgramme();
programmes.MapActivateProgramme();
programmes.MapCloseProgramme();
programmes.MapProgrammeHistory();

var applications = app.MapGroup("/api/aid/applications").WithTags("Applications");
applications.MapSubmitApplication();
applications.MapListApplications();
applications.MapSearchApplications();
applications.MapGetApplication();
applications.MapApproveApplication();
applications.MapRejectApplication();
applications.MapAppealApplication();
applications.MapDecideAppeal();
applications.MapCancelApplication();
applications.MapRecordDisbursement();
applications.MapListApplicationDisbursements();
applications.MapApplicationHistory();

var disbursements = app.MapGroup("/api/aid/disbursements").WithTags("Disbursements");
disbursements.MapGetDisbursement();
disbursements.MapRecordProofOfDelivery();
disbursements.MapDisbursementHistory();
app.MapGroup("/api/aid/reconciliations").WithTags("Disbursements").MapReconcilePayment();

var referrals = app.MapGroup("/api/aid/referrals").WithTags("Referrals");
referrals.MapListReferrals();
referrals.MapGetReferral();
referrals.MapOpenReferralApplication();

app.MapGroup("/api/aid/statistics").WithTags("Statistics").MapGetStatistics();

app.Run();
return 0;

/// <summary>Entry point, visible to the API tests.</summary>
public partial class Program;
