using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LabourWelfare.Cooperatives.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CooperativesDbContext>
{
    public CooperativesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CooperativesDbContext>()
            .UseNpgsql("Host=localhost;Database=cooperativesdb", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .Options);
}
