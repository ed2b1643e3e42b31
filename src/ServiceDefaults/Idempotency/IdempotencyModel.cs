using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.ServiceDefaults.Idempotency;

public static class IdempotencyModel
{
    public const string IdempotencyTable = "idempotency_records";

    /// <summary>Adds the idempotency-key table to a service's model (call from OnModelCreating).</summary>
    public static ModelBuilder AddIdempotencyRecords(this ModelBuilder modelBuilder) => modelBuilder.Entity<IdempotencyRecord>(record =>
    {
        // Column names are used by the raw SQL of IdempotencyStore.
        record.ToTable(IdempotencyTable);
        record.HasKey(r => new { r.Subject, r.Key });
        record.Property(r => r.Subject).HasColumnName("subject").HasMaxLength(200);
        record.Property(r => r.Key).HasColumnName("key").HasMaxLength(200);
        record.Property(r => r.RequestHash).HasColumnName("request_hash").HasMaxLength(64);
        record.Property(r => r.StatusCode).HasColumnName("status_code");
        record.Property(r => r.ResponseHeaders).HasColumnName("response_headers").HasColumnType("jsonb");
        record.Property(r => r.ResponseBody).HasColumnName("response_body");
        record.Property(r => r.CreatedAt).HasColumnName("created_at");
        record.Property(r => r.ExpiresAt).HasColumnName("expires_at");
        record.HasIndex(r => r.ExpiresAt).HasDatabaseName("ix_idempotency_records_expires_at");
    });
}
