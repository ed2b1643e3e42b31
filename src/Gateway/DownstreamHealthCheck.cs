using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LabourWelfare.Gateway;

/// <summary>The gateway is ready when each downstream service says it is.</summary>
internal sealed class DownstreamHealthCheck(IHttpClientFactory clients, DownstreamService service) : IHealthCheck
{
    public const string ClientName = "downstream-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(new Uri(service.Address, "/health"), cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{service.Name} answered {(int)response.StatusCode}.");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{service.Name} does not answer.");
        }
    }
}
