using LabourWelfare.Cooperatives.Scheduling;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace LabourWelfare.Cooperatives.Tests;

/// <summary>The Cooperatives service on its own database and vhost, shared by the tests of one class.</summary>
public class CooperativesFactory() : ServiceFactory<Program>(PlatformResources.Cooperatives.Database);

/// <summary>
/// The service with a controllable clock and the membership job switched off: tests run the check themselves.
/// </summary>
public sealed class ClockedCooperativesFactory : CooperativesFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 1, 15, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(MembershipJob.IntervalKey, "00:00:00");
    }

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));

    public async Task<MembershipCheck.Result> RunMembershipCheckAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await MembershipCheck.In(scope.ServiceProvider).RunOnceAsync(Clock.GetUtcNow());
    }
}
