using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LabourWelfare.Mediation.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<MediationDbContext>
{
    public MediationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MediationDbContext>()
            .UseNpgsql("Host=localhost;Database=mediationdb", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .Options);
}
