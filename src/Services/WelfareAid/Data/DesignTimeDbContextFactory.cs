using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LabourWelfare.WelfareAid.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<WelfareAidDbContext>
{
    public WelfareAidDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<WelfareAidDbContext>()
            .UseNpgsql("Host=localhost;Database=welfareaiddb", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .Options);
}
