namespace LabourWelfare.Persistence.Auditing;

/// <summary>
/// One change to one record: who, when, and the old and new values of what changed. Written in the same transaction
/// as the change; never updated or deleted (the interceptor refuses it, and no endpoint offers it).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public string EntityType { get; set; } = string.Empty;
    public string EntityId { get; set; } = string.Empty;
    /// <summary>created, updated or deleted; "read" for reads of personal records (PersonalDataReads).</summary>
    public string Action { get; set; } = string.Empty;
    public string ChangedBy { get; set; } = string.Empty;
    public DateTimeOffset ChangedAt { get; set; }
    public string? OldValues { get; set; }
    public string? NewValues { get; set; }
}

/// <summary>Who is acting when there is no HTTP caller: consumers set "event:&lt;type&gt;", scheduled jobs "job:&lt;name&gt;".</summary>
public static class AuditActor
{
    private static readonly AsyncLocal<string?> Ambient = new();

    public static string? Current => Ambient.Value;

    public static IDisposable Use(string actor)
    {
        var previous = Ambient.Value;
        Ambient.Value = actor;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
