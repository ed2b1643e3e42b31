using LabourWelfare.WelfareAid.Data;
using LabourWelfare.TestSupport;

namespace LabourWelfare.WelfareAid.Tests;

/// <summary>The service's EF Core model is the one its migrations create (see <see cref="ModelAssert"/>).</summary>
public sealed class DatabaseModelTests(WelfareAidFactory service) : IClassFixture<WelfareAidFactory>
{
    [Fact]
    public void Model_matches_the_migrations() => ModelAssert.MatchesMigrations<WelfareAidDbContext>(service.Services);
}
