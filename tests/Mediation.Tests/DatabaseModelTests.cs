using LabourWelfare.Mediation.Data;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Mediation.Tests;

/// <summary>The service's EF Core model is the one its migrations create (see <see cref="ModelAssert"/>).</summary>
public sealed class DatabaseModelTests(MediationFactory service) : IClassFixture<MediationFactory>
{
    [Fact]
    public void Model_matches_the_migrations() => ModelAssert.MatchesMigrations<MediationDbContext>(service.Services);
}
