using LabourWelfare.Identity.Keys;
using LabourWelfare.ServiceDefaults;
using Microsoft.AspNetCore.Identity;

namespace LabourWelfare.Identity.Features.Seeding;

public static class ProviderSeeding
{
    public static IServiceCollection AddProviderSeeding(this IServiceCollection services) =>
        services.AddScoped<ClientSeeder>().AddScoped<DemoAccounts>();

    /// <summary>
    /// At start-up, after migrations: the key ring, the roles, the clients, and — in Development or with
    /// Identity:SeedDemoAccounts=true — the demo accounts. Every step is idempotent (replicas may race: the key ring
    /// takes a database lock; a duplicate role or client fails on its unique index and the next start finds it).
    /// </summary>
    public static async Task SeedProviderAsync(this WebApplication app)
    {
        using var actor = Persistence.Auditing.AuditActor.Use("job:identity-seeding");
        await app.Services.GetRequiredService<KeyRing>().RefreshAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded) throw new InvalidOperationException($"Role {role} not created: {result.Errors.First().Code}");
            }
        }
        await scope.ServiceProvider.GetRequiredService<ClientSeeder>().SeedAsync(CancellationToken.None);

        var settings = scope.ServiceProvider.GetRequiredService<IdentitySettings>();
        if (settings.SeedDemoAccounts ?? app.Environment.IsDevelopment())
            await scope.ServiceProvider.GetRequiredService<DemoAccounts>().SeedAsync();
    }
}
