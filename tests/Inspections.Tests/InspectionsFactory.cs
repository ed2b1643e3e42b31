using LabourWelfare.Inspections.Scheduling;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LabourWelfare.Inspections.Tests;

/// <summary>The Inspections service on its own database and vhost, shared by the tests of one class.</summary>
public sealed class InspectionsFactory() : ServiceFactory<Program>(PlatformResources.Inspections.Database);

/// <summary>The service with a clock the test moves (overdue follow-ups); the background check is kept out of the way.</summary>
public sealed class ClockedInspectionsFactory() : ServiceFactory<Program>(PlatformResources.Inspections.Database)
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Inspections:OverdueCheckEnabled", "false");
    }

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(Clock);

    /// <summary>One run of the overdue follow-up check as of <paramref name="now"/>, in a scope of its own as the job runs it.</summary>
    public async Task<int> RunFollowUpOverdueCheckAsync(DateTimeOffset now)
    {
        await using var scope = Services.CreateAsyncScope();
        return await FollowUpOverdueCheck.In(scope.ServiceProvider).RunOnceAsync(now);
    }
}
