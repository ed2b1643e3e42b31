using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults.Idempotency;
using System.Text.Json;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.Messaging;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Mediation.Data;

/// <summary>The service's database; each entity's mapping is in Data/Configurations/&lt;Entity&gt;Configuration.cs.</summary>
public sealed class MediationDbContext(DbContextOptions<MediationDbContext> options) : DbContext(options)
{
    public DbSet<Mediator> Mediators => Set<Mediator>();
    public DbSet<ConflictOfInterest> Conflicts => Set<ConflictOfInterest>();
    public DbSet<MediationCase> Cases => Set<MediationCase>();
    public DbSet<CaseParty> Parties => Set<CaseParty>();
    public DbSet<Session> Sessions => Set<Session>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox().AddAuditTrail().AddIdempotencyRecords();
        modelBuilder.HasPostgresExtension("btree_gist"); // the sessions' exclusion constraint needs it
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MediationDbContext).Assembly);
        UseSnakeCaseColumns(modelBuilder);
    }

    /// <summary>snake_case column names, so the hand-written SQL (counters, locks, constraints) reads naturally.</summary>
    private static void UseSnakeCaseColumns(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties())
            {
                if (entity.IsOwned() && property.IsPrimaryKey()) continue; // shares the owner's id column
                if (property.IsConcurrencyToken && property.ClrType == typeof(uint)) continue; // PostgreSQL's xmin
                var name = property.GetColumnName();
                if (name.Any(char.IsUpper)) // explicit names (outbox, inbox, audit) are snake_case already
                    property.SetColumnName(JsonNamingPolicy.SnakeCaseLower.ConvertName(name.Replace("_", string.Empty)));
            }
    }
}
