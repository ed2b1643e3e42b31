using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LabourWelfare.Mediation.Tests;

/// <summary>The Mediation service on its own database and vhost, shared by the tests of one class.</summary>
public class MediationFactory() : ServiceFactory<Program>(PlatformResources.Mediation.Database);

/// <summary>The service with a clock the test controls (statistics over time, sessions at fixed dates).</summary>
public sealed class ClockedMediationFactory : MediationFactory
{
    /// <summary>9 Mehr 1404 (1 October 2025), 09:00 UTC.</summary>
    public TestClock Clock { get; } = new(new DateTimeOffset(2025, 10, 1, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
}
