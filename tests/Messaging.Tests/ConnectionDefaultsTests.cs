using Npgsql;

namespace LabourWelfare.Messaging.Tests;

/// <summary>The Npgsql settings every service database gets (measured in docs/benchmarks.md), and that an operator's own win.</summary>
public sealed class ConnectionDefaultsTests
{
    [Fact]
    public void A_plain_connection_string_gets_prepared_statements_and_no_reset_on_rent()
    {
        var settings = new NpgsqlConnectionStringBuilder(
            MessagingRegistration.WithPerformanceDefaults("Host=db;Database=inspections;Username=app;Password=secret"));

        Assert.Equal(64, settings.MaxAutoPrepare);
        Assert.Equal(2, settings.AutoPrepareMinUsages);
        Assert.True(settings.NoResetOnClose);
        Assert.Equal("inspections", settings.Database);
        Assert.Equal("secret", settings.Password);
    }

    [Fact]
    public void Settings_in_the_connection_string_are_kept()
    {
        var settings = new NpgsqlConnectionStringBuilder(MessagingRegistration.WithPerformanceDefaults(
            "Host=db;Database=aid;Max Auto Prepare=0;NoResetOnClose=false;Auto Prepare Min Usages=5"));

        Assert.Equal(0, settings.MaxAutoPrepare);
        Assert.Equal(5, settings.AutoPrepareMinUsages);
        Assert.False(settings.NoResetOnClose);
    }
}
