using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.ServiceDefaults.Idempotency;

/// <summary>SQL on idempotency_records, each step one atomic statement so parallel duplicates cannot both win.</summary>
internal static class IdempotencyStore
{
    /// <summary>
    /// Claims the key: inserts it, or takes over a record that expired or whose first request was abandoned.
    /// False when a live record exists (the caller then reads it).
    /// </summary>
    public static async Task<bool> TryClaimAsync(DbContext db, string subject, string key, string hash,
        DateTimeOffset now, DateTimeOffset expiresAt, DateTimeOffset abandonedBefore)
    {
        var claimed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO idempotency_records (subject, key, request_hash, created_at, expires_at)
            VALUES ({subject}, {key}, {hash}, {now}, {expiresAt})
            ON CONFLICT (subject, key) DO UPDATE SET
                request_hash = EXCLUDED.request_hash, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at,
                status_code = NULL, response_headers = NULL, response_body = NULL
            WHERE idempotency_records.expires_at <= {now}
               OR (idempotency_records.status_code IS NULL AND idempotency_records.created_at <= {abandonedBefore})
            """, CancellationToken.None);
        return claimed == 1;
    }

    public static Task<IdempotencyRecord?> FindAsync(DbContext db, string subject, string key) =>
        db.Set<IdempotencyRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Subject == subject && r.Key == key);

    public static Task CompleteAsync(DbContext db, string subject, string key, string hash, int status, string headers, byte[] body) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE idempotency_records SET status_code = {status}, response_headers = {headers}::jsonb, response_body = {body}
            WHERE subject = {subject} AND key = {key} AND request_hash = {hash} AND status_code IS NULL
            """, CancellationToken.None);

    /// <summary>Forgets a claim whose request failed (5xx or an exception), so a retry runs it again.</summary>
    public static Task ReleaseAsync(DbContext db, string subject, string key, string hash) =>
        db.Database.ExecuteSqlAsync($"""
            DELETE FROM idempotency_records
            WHERE subject = {subject} AND key = {key} AND request_hash = {hash} AND status_code IS NULL
            """, CancellationToken.None);

    public static Task<int> DeleteExpiredAsync(DbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecord>().Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
}
