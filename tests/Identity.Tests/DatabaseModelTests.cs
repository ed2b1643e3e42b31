using LabourWelfare.Identity.Data;
using LabourWelfare.Identity.Tests.Support;
using LabourWelfare.TestSupport;

namespace LabourWelfare.Identity.Tests;

/// <summary>The service's EF Core model is the one its migrations create (see <see cref="ModelAssert"/>).</summary>
public sealed class DatabaseModelTests(Provider service) : IClassFixture<Provider>
{
    [Fact]
    public void Model_matches_the_migrations() => ModelAssert.MatchesMigrations<AccountsDbContext>(service.Services);
}
