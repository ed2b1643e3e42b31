using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LabourWelfare.Inspections.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<InspectionsDbContext>
{
    public InspectionsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<InspectionsDbContext>()
            .UseNpgsql("Host=localhost;Database=inspectionsdb", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .Options);
}
