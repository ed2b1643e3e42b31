using LabourWelfare.Cooperatives.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourWelfare.Cooperatives.Tests;

/// <summary>
/// The EF Core model the service runs with is the one its migrations create: a mapping change without a migration
/// would make the service read or write columns the database does not have.
/// </summary>
public sealed class DatabaseModelTests(CooperativesFactory service) : IClassFixture<CooperativesFactory>
{
    [Fact]
    public async Task Model_matches_the_migrations()
    {
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CooperativesDbContext>();
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration creates.");
    }
}
