using LabourWelfare.Mediation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabourWelfare.Mediation.Tests;

/// <summary>
/// The EF model the service runs with is the one the migrations build: a mapping change without its migration would
/// make the service read and write columns the deployed database does not have.
/// </summary>
public sealed class ModelTests(MediationFactory service) : IClassFixture<MediationFactory>
{
    [Fact]
    public void Model_matches_the_migrations()
    {
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediationDbContext>();
        Assert.False(db.Database.HasPendingModelChanges(), "the model has changes no migration captures; add a migration");
    }
}
