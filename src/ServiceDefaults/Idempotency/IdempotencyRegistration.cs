using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LabourWelfare.ServiceDefaults.Idempotency;

public static class IdempotencyRegistration
{
    /// <summary>Settings and the hourly cleanup of expired keys. The table comes with modelBuilder.AddIdempotencyRecords().</summary>
    public static IHostApplicationBuilder AddIdempotencyKeys<TDbContext>(this IHostApplicationBuilder builder) where TDbContext : DbContext
    {
        builder.Services.AddOptions<IdempotencyOptions>().BindConfiguration("Idempotency");
        builder.Services.AddSingleton<IdempotencyCleanup<TDbContext>>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IdempotencyCleanup<TDbContext>>());
        return builder;
    }

    /// <summary>
    /// Honours Idempotency-Key on every POST of the service. Call after UsePlatformPipeline() (it needs the caller's
    /// subject, and failures inside it become problem details).
    /// </summary>
    public static IApplicationBuilder UseIdempotencyKeys<TDbContext>(this IApplicationBuilder app) where TDbContext : DbContext =>
        app.UseMiddleware<IdempotencyMiddleware<TDbContext>>();
}
