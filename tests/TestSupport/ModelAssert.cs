using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LabourWelfare.TestSupport;

/// <summary>
/// The EF Core model a service runs with is the one its migrations create: a mapping change without a migration would
/// make the service read or write columns the database does not have.
/// </summary>
public static class ModelAssert
{
    public static void MatchesMigrations(DbContext db) =>
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {db.GetType().Name} model has changes that no migration creates; add a migration.");

    /// <summary>Checks the <typeparamref name="TDbContext"/> a running service resolves (from a scope of its own).</summary>
    public static void MatchesMigrations<TDbContext>(IServiceProvider services) where TDbContext : DbContext
    {
        using var scope = services.CreateScope();
        MatchesMigrations(scope.ServiceProvider.GetRequiredService<TDbContext>());
    }
}
