using LabourWelfare.Persistence.Auditing;

namespace LabourWelfare.ServiceDefaults.Idempotency;

/// <summary>
/// One Idempotency-Key of one caller: the fingerprint of the request that used it and, once answered, the response
/// to replay. <see cref="StatusCode"/> is null while the first request is still running.
/// </summary>
public sealed class IdempotencyRecord : IPlatformRow
{
    /// <summary>The caller's token subject: keys are per caller, so two users cannot collide or read each other's answers.</summary>
    public string Subject { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    /// <summary>SHA-256 (hex) of method, path, query and body.</summary>
    public string RequestHash { get; set; } = string.Empty;

    public int? StatusCode { get; set; }

    /// <summary>Location, ETag, Content-Type… of the first response, as JSON.</summary>
    public string? ResponseHeaders { get; set; }

    public byte[]? ResponseBody { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
