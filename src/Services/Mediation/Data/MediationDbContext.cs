using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults.Idempotency;
using System.Text.Json;
using LabourWelfare.Mediation.Domain;
using LabourWelfare.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LabourWelfare.Mediation.Data;

public sealed class MediationDbContext(DbContextOptions<MediationDbContext> options) : DbContext(options)
{
    /// <summary>Name of the exclusion constraint that keeps a mediator from being double-booked.</summary>
    public const string NoDoubleBookingConstraint = "ex_sessions_mediator_no_overlap";

    public DbSet<Mediator> Mediators => Set<Mediator>();
    public DbSet<ConflictOfInterest> Conflicts => Set<ConflictOfInterest>();
    public DbSet<MediationCase> Cases => Set<MediationCase>();
    public DbSet<CaseParty> Parties => Set<CaseParty>();
    public DbSet<Session> Sessions => Set<Session>();

    private static readonly JsonSerializerOptions Json = CreateJson();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox().AddAuditTrail().AddIdempotencyRecords();
        modelBuilder.HasPostgresExtension("btree_gist");

        modelBuilder.Entity<Mediator>(mediator =>
        {
            mediator.ToTable("mediators");
            mediator.HasKey(m => m.Id);
            mediator.Property(m => m.Region).HasMaxLength(32);
            mediator.Property(m => m.FullName).HasMaxLength(300);
            mediator.Property(m => m.UserSubject).HasMaxLength(200);
            mediator.PrimitiveCollection(m => m.Specialties).ElementType().HasConversion<string>();
            mediator.PrimitiveCollection(m => m.Languages);
            mediator.Property(m => m.Version).IsRowVersion();
            mediator.HasIndex(m => m.UserSubject).IsUnique();
            mediator.HasIndex(m => new { m.Region, m.FullName });
        });

        modelBuilder.Entity<ConflictOfInterest>(conflict =>
        {
            conflict.ToTable("mediator_conflicts");
            conflict.HasKey(c => c.Id);
            conflict.Property(c => c.PartyNationalId).HasMaxLength(12);
            conflict.Property(c => c.OrganisationName).HasMaxLength(300);
            conflict.Property(c => c.OrganisationKey).HasMaxLength(300);
            conflict.Property(c => c.Reason).HasMaxLength(1000);
            conflict.Property(c => c.DeclaredBy).HasMaxLength(200);
            conflict.HasOne<Mediator>().WithMany().HasForeignKey(c => c.MediatorId);
            conflict.HasIndex(c => c.MediatorId);
        });

        modelBuilder.Entity<MediationCase>(@case =>
        {
            @case.ToTable("cases");
            @case.HasKey(c => c.Id);
            @case.Property(c => c.Region).HasMaxLength(32);
            @case.Property(c => c.Number).HasMaxLength(40);
            @case.Property(c => c.Summary).HasMaxLength(4000);
            @case.Property(c => c.Language).HasMaxLength(16);
            @case.Property(c => c.OutcomeNote).HasMaxLength(2000);
            @case.Property(c => c.EmployerName).HasMaxLength(300);
            @case.Property(c => c.CreatedBy).HasMaxLength(200);
            @case.Property(c => c.Category).HasConversion<string>().HasMaxLength(32);
            @case.Property(c => c.Channel).HasConversion<string>().HasMaxLength(32);
            @case.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
            @case.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(32);
            @case.Property(c => c.Settlement).HasConversion(JsonConverter<SettlementTerms>()).HasColumnType("jsonb");
            @case.Property(c => c.Referral).HasConversion(JsonConverter<Referral>()).HasColumnType("jsonb");
            @case.Property(c => c.Version).IsRowVersion();
            @case.OwnsOne(c => c.OpenedBy, provenance =>
            {
                provenance.Property(p => p.EventType).HasColumnName("opened_by_event_type").HasMaxLength(200);
                provenance.Property(p => p.EventId).HasColumnName("opened_by_event_id");
                provenance.Property(p => p.SourceService).HasColumnName("opened_by_source_service").HasMaxLength(64);
                provenance.Property(p => p.TraceId).HasColumnName("opened_by_trace_id").HasMaxLength(32);
            });
            @case.HasMany(c => c.Parties).WithOne().HasForeignKey(p => p.CaseId);
            @case.Navigation(c => c.Parties).HasField("_parties").UsePropertyAccessMode(PropertyAccessMode.Field);
            @case.Ignore(c => c.Applicant);
            @case.Ignore(c => c.Respondent);
            @case.HasIndex(c => c.Number).IsUnique();
            @case.HasIndex(c => new { c.Region, c.Year, c.Sequence }).IsUnique();
            @case.HasIndex(c => c.ViolationId).IsUnique(); // one case per referred violation
            @case.HasIndex(c => new { c.Region, c.ReceivedAt });
            @case.HasIndex(c => new { c.MediatorId, c.Status });
            @case.HasIndex(c => c.WorkplaceId);
        });

        modelBuilder.Entity<CaseParty>(party =>
        {
            party.ToTable("case_parties");
            party.HasKey(p => p.Id);
            party.Property(p => p.Id).ValueGeneratedNever();
            party.Property(p => p.Role).HasConversion<string>().HasMaxLength(16);
            party.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            party.Property(p => p.Name).HasMaxLength(300);
            party.Property(p => p.NationalId).HasMaxLength(12);
            party.Property(p => p.RegistrationNumber).HasMaxLength(64);
            party.HasIndex(p => new { p.CaseId, p.Role }).IsUnique();
            party.HasIndex(p => p.NationalId);
        });

        modelBuilder.Entity<Session>(session =>
        {
            session.ToTable("sessions");
            session.HasKey(s => s.Id);
            session.Property(s => s.Region).HasMaxLength(32);
            session.Property(s => s.Location).HasMaxLength(300);
            session.Property(s => s.CancellationReason).HasMaxLength(1000);
            session.Property(s => s.CreatedBy).HasMaxLength(200);
            session.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            session.Property(s => s.Version).IsRowVersion();
            session.HasOne<MediationCase>().WithMany().HasForeignKey(s => s.CaseId);
            session.HasOne<Mediator>().WithMany().HasForeignKey(s => s.MediatorId);
            session.HasIndex(s => new { s.MediatorId, s.StartsAt });
            session.HasIndex(s => s.CaseId);
            // The exclusion constraint (no overlapping scheduled sessions per mediator) is added in the migration.
        });

        modelBuilder.Entity<CaseNumberCounter>(counter =>
        {
            counter.ToTable("case_number_counters");
            counter.HasKey(c => new { c.Region, c.Year });
            counter.Property(c => c.Region).HasMaxLength(32);
        });

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

    private static ValueConverter<T?, string?> JsonConverter<T>() where T : class =>
        new(value => value == null ? null : JsonSerializer.Serialize(value, Json),
            json => json == null ? null : JsonSerializer.Deserialize<T>(json, Json));

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }
}

/// <summary>The last case sequence given out per region and year; incremented in the transaction that stores the case.</summary>
public sealed class CaseNumberCounter
{
    public string Region { get; set; } = string.Empty;
    public int Year { get; set; }
    public int LastSequence { get; set; }
}
