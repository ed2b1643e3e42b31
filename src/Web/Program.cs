using LabourWelfare.ServiceDefaults;
using LabourWelfare.Web.Api;
using LabourWelfare.Web.Auth;
using LabourWelfare.Web.Components;
using LabourWelfare.Web.Localization;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
builder.AddHostDefaults();
builder.AddWebAuthentication();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices(options =>
{
    // Messages appear at once (a fading message is unreadable while it fades) and stay long enough to read.
    options.SnackbarConfiguration.ShowTransitionDuration = 0;
    options.SnackbarConfiguration.BackgroundBlurred = false;
    options.SnackbarConfiguration.HideTransitionDuration = 0;
    options.SnackbarConfiguration.VisibleStateDuration = 4000;
    options.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomCenter;
});
builder.Services.AddScoped<Ui>();
builder.Services.AddScoped<SessionExpiry>();
// The gateway by its resource name; service discovery resolves it (services__gateway__http__0).
builder.Services.AddHttpClient<GatewayClient>(client =>
    client.BaseAddress = new Uri(builder.Configuration["Gateway:BaseAddress"] ?? $"http://{PlatformResources.Gateway}"));

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAuthentication();
app.UseLanguages();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapDefaultEndpoints();
app.MapAccountEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();

/// <summary>Entry point, visible to the tests.</summary>
public partial class Program;
