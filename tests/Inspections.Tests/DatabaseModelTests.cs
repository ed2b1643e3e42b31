using LabourWelfare.Inspections.Data;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Inspections.Tests;

/// <summary>The service's EF Core model is the one its migrations create (see <see cref="ModelAssert"/>).</summary>
public sealed class DatabaseModelTests(InspectionsFactory service) : IClassFixture<InspectionsFactory>
{
    [Fact]
    public void Model_matches_the_migrations() => ModelAssert.MatchesMigrations<InspectionsDbContext>(service.Services);
}
