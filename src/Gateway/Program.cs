using LabourWelfare.Gateway;
using LabourWelfare.Gateway.Security;
using LabourWelfare.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.UseForwardingHost(); // thread hops measured in docs/benchmarks.md (ForwardingHost.cs)
builder.AddServiceDefaults();
builder.AddGatewaySecurity();
builder.AddApiReference(); // API reference UI and OpenAPI documents (ApiReference.cs)

var downstream = DownstreamService.FromConfiguration(builder.Configuration);
var (routes, clusters) = ProxyConfiguration.Build(downstream);
builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters).AddServiceDiscoveryDestinationResolver();

builder.Services.AddHttpClient(DownstreamHealthCheck.ClientName, client => client.Timeout = TimeSpan.FromSeconds(5));
var health = builder.Services.AddHealthChecks();
foreach (var service in downstream)
{
    health.Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
        service.Name,
        sp => new DownstreamHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), service),
        failureStatus: null,
        tags: ["ready"]));
}

var app = builder.Build();
app.UseGatewayPipeline();
app.MapDefaultEndpoints();
app.MapDevTokenEndpoint();
app.MapApiReference(); // /scalar, /openapi/<service>.json (ApiReference.cs)
app.MapReverseProxy();
app.Run();

/// <summary>Entry point, visible to the end-to-end tests.</summary>
public partial class Program;
