using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Messaging;

public static class MessagingModelBuilderExtensions
{
    public const string OutboxTable = "outbox_messages";
    public const string InboxTable = "inbox_messages";
    public const string AuditTable = "audit_log";
    public const string IdempotencyTable = "idempotency_records";

    /// <summary>
    /// Adds the outbox, inbox, audit-trail and idempotency-key tables to a service's model (call from OnModelCreating).
    /// </summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable(OutboxTable);
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Id).HasColumnName("id");
            outbox.Property(m => m.Sequence).HasColumnName("sequence").UseIdentityAlwaysColumn();
            outbox.Property(m => m.MessageType).HasColumnName("message_type").HasMaxLength(300);
            outbox.Property(m => m.Body).HasColumnName("body").HasColumnType("jsonb");
            outbox.Property(m => m.TraceParent).HasColumnName("trace_parent").HasMaxLength(100);
            outbox.Property(m => m.TraceState).HasColumnName("trace_state").HasMaxLength(500);
            outbox.Property(m => m.CreatedAt).HasColumnName("created_at");
            outbox.Property(m => m.Attempts).HasColumnName("attempts");
            outbox.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");
            outbox.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(2000);
            outbox.HasIndex(m => new { m.NextAttemptAt, m.Sequence }).HasDatabaseName("ix_outbox_messages_due");
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable(InboxTable);
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.MessageId).HasColumnName("message_id");
            inbox.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(200);
            inbox.Property(m => m.MessageType).HasColumnName("message_type").HasMaxLength(300);
            inbox.Property(m => m.ProcessedAt).HasColumnName("processed_at");
            inbox.HasIndex(m => m.ProcessedAt).HasDatabaseName("ix_inbox_messages_processed_at");
        });
        modelBuilder.Entity<Auditing.AuditEntry>(audit =>
        {
            audit.ToTable(AuditTable);
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Id).HasColumnName("id").UseIdentityAlwaysColumn();
            audit.Property(a => a.EntityType).HasColumnName("entity_type").HasMaxLength(200);
            audit.Property(a => a.EntityId).HasColumnName("entity_id").HasMaxLength(200);
            audit.Property(a => a.Action).HasColumnName("action").HasMaxLength(20);
            audit.Property(a => a.ChangedBy).HasColumnName("changed_by").HasMaxLength(200);
            audit.Property(a => a.ChangedAt).HasColumnName("changed_at");
            audit.Property(a => a.OldValues).HasColumnName("old_values").HasColumnType("jsonb");
            audit.Property(a => a.NewValues).HasColumnName("new_values").HasColumnType("jsonb");
            audit.HasIndex(a => new { a.EntityType, a.EntityId }).HasDatabaseName("ix_audit_log_entity");
        });
        modelBuilder.Entity<Idempotency.IdempotencyRecord>(record =>
        {
            // Column names are used by the raw SQL of Idempotency.IdempotencyStore.
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
        return modelBuilder;
    }
}
