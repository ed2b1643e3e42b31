using LabourWelfare.Identity;
using LabourWelfare.Identity.Data;
using LabourWelfare.Identity.Features.Citizens;
using LabourWelfare.Identity.Features.Connect;
using LabourWelfare.Identity.Features.Officers;
using LabourWelfare.Identity.Features.Seeding;
using LabourWelfare.Identity.Localization;
using LabourWelfare.Messaging;
using LabourWelfare.Persistence;
using LabourWelfare.ServiceDefaults.Idempotency;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.ServiceDefaults.Localization;
using LabourWelfare.ServiceDefaults.OpenApi;
using OpenIddict.Validation.AspNetCore;

if (DatabaseMigration.IsRequested(args)) return await DatabaseMigration.RunAsync<AccountsDbContext>(args, PlatformResources.Identity.Database);

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(bearerAuthentication: false); // it validates its own tokens (ProviderRegistration)
builder.AddPlatformOpenApi("Identity");
builder.AddServiceDatabase<AccountsDbContext>(PlatformResources.Identity.Database);
builder.AddIdempotencyKeys<AccountsDbContext>();
builder.AddIdentityProvider();
builder.Services.AddProviderSeeding();
builder.Services.Configure<ProblemTranslations>(Translations.AddTo);
builder.Services.AddSingleton<PageText>();
builder.Services.AddRazorPages();
// Persian, Russian and Kazakh text as text in the pages, not as &#x...; entities.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
    options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

var app = builder.Build();
app.UseRequestLocalization(PageText.LocalizationOptions());
app.UsePlatformPipeline();
app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseIdempotencyKeys<AccountsDbContext>());
app.MapDefaultEndpoints();
app.MapPlatformOpenApi();
app.MapRazorPages();
app.MapConnectEndpoints();

// The admin API takes the provider's own access tokens (OpenIddict validation), not the sign-in cookie.
var officers = app.MapGroup("/api/identity/officers").WithTags("Officers")
    .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute(Access.ManageOfficers)
    {
        AuthenticationSchemes = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme,
    });
officers.MapCreateOfficer();
officers.MapListOfficers();
officers.MapGetOfficer();
officers.MapDisableOfficer();
officers.MapEnableOfficer();
officers.MapChangeOfficerRoles();
app.MapGroup("/api/identity/citizens").WithTags("Citizens").MapRegisterCitizen();

await app.SeedProviderAsync();
app.Run();
return 0;

/// <summary>Entry point, visible to the tests.</summary>
public partial class Program;
