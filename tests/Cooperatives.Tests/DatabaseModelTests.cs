using LabourWelfare.Cooperatives.Data;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Cooperatives.Tests;

/// <summary>The service's EF Core model is the one its migrations create (see <see cref="ModelAssert"/>).</summary>
public sealed class DatabaseModelTests(CooperativesFactory service) : IClassFixture<CooperativesFactory>
{
    [Fact]
    public void Model_matches_the_migrations() => ModelAssert.MatchesMigrations<CooperativesDbContext>(service.Services);
}
